// `make bench`, part `history-storage` (tests/bench/browser.mjs): a workspace of `n` customers
// with five years × six offerings of sales history (600,000 rows for 20,000), stored in
// IndexedDB as the app stores it (docs/storage.md: the history's count and chunks of
// 20,000 rows): the stored size, the time to store it (one transaction) and to load it
// (a returning visit, until the register's rows show), the longest task of that visit,
// and the longest task of an edit (ticking a key account) until its save has landed.

import fs from 'node:fs';

/// The schema version the app writes today (src/persist/envelope.rs): a stored workspace
/// of an older one is migrated, which decodes it in one pass instead of in batches.
export const SCHEMA_VERSION = Number(fs.readFileSync(new URL('../../src/persist/envelope.rs', import.meta.url), 'utf8')
  .match(/pub const SCHEMA_VERSION: u64 = (\d+);/)[1]);

const YEARS = [2021, 2022, 2023, 2024, 2025];
const OFFERINGS = 6;
const HISTORY_CHUNK = 20000;

/// Stores the workspace from a first visit's page; returns how long the one
/// transaction took (ms). `years` empty: the customers without a history.
export async function seedWithHistory(page, url, n, years = YEARS) {
  await page.goto(url + '#/data');
  await page.getByRole('navigation').first().waitFor();
  return page.evaluate(async ({ n, years, offerings, size, version }) => {
    const pad = (c) => String(c).padStart(5, '0');
    const records = [['meta', `{"format":"keystone-workspace","schema_version":${version},"app_version":"bench","exported_at":"2026-12-06T00:00:00Z","data":{}}`]];
    const accounts = Array.from({ length: n }, (_, i) => JSON.stringify({
      id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
      revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
    }));
    const accountChunks = Math.ceil(n / 2000);
    records.push(['accounts', String(accountChunks)]);
    for (let c = 0; c < accountChunks; c++) records.push([`accounts.${pad(c)}`, accounts.slice(c * 2000, (c + 1) * 2000).join(',')]);
    const names = Array.from({ length: offerings }, (_, o) => ({ id: o + 1, name: `Angebot ${o + 1}` }));
    records.push(['offerings', `"offerings":${JSON.stringify(names)}`]);
    const rows = [];
    for (let i = 1; i <= n; i++) {
      const base = 5e6 / Math.pow(i, 1.1) / offerings;
      for (const [y, year] of years.entries()) {
        for (let o = 1; o <= offerings; o++) {
          const revenue = Math.round(base * (0.8 + 0.1 * y + 0.05 * o) * 100) / 100;
          rows.push(`[${i},"${year}",${o},null,${revenue},${Math.round(revenue * 25) / 100}]`);
        }
      }
    }
    const historyChunks = Math.ceil(rows.length / size);
    if (historyChunks) records.push(['history', String(historyChunks)]);
    for (let c = 0; c < historyChunks; c++) records.push([`history.${pad(c)}`, rows.slice(c * size, (c + 1) * size).join(',')]);
    const db = await new Promise((resolve) => { const o = indexedDB.open('keystone'); o.onsuccess = () => resolve(o.result); });
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('workspace', 'readwrite');
      for (const [k, v] of records) tx.objectStore('workspace').put(v, k);
      tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - start;
  }, { n, years, offerings: OFFERINGS, size: HISTORY_CHUNK, version: SCHEMA_VERSION });
}

/// The longest task so far, and when the register's first row entered the page (read
/// in the page: a time read through Playwright after waiting includes its polling and
/// round trips, 100-400 ms while the idle prefetch keeps the page busy).
const observeLongTasks = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
  new MutationObserver((_, observer) => {
    if (document.querySelector('table.accounts tbody tr')) {
      window.__rowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
};

/// One run with `n` customers and their history.
export async function historyStorageRun(browser, url, n) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const store = Math.round(await seedWithHistory(page, url, n));
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('keystone');
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', 'readonly');
      const all = tx.objectStore('workspace').getAll();
      const keys = tx.objectStore('workspace').getAllKeys();
      tx.oncomplete = () => {
        const history = keys.result.map((k, i) => (k.startsWith('history') ? all.result[i].length : 0));
        resolve({ chars: all.result.reduce((s, v) => s + v.length, 0), history: history.reduce((s, v) => s + v, 0) });
        open.result.close();
      };
    };
  }));
  await page.goto(url + '#/accounts');
  await page.reload();
  await page.locator('table.accounts tbody tr').first().waitFor({ timeout: 180000 });
  const load = Math.round(await page.evaluate(() => window.__rowsAt));
  const loadTask = Math.round(await page.evaluate(() => window.__longest));
  const wasm = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=modulepreload][href*="keystone.js"]').href;
    const exports = await (await import(href)).default();
    return exports.memory.buffer.byteLength;
  });
  await page.waitForTimeout(2500); // start-up, idle prefetch
  await page.evaluate(() => { window.__longest = 0; });
  const before = await page.evaluate(() => Number(localStorage.getItem('keystone.workspace.revision') || 0));
  const t0 = Date.now();
  await page.getByRole('checkbox', { name: 'Key account: Kunde 00001' }).check();
  await page.waitForFunction((b) => Number(localStorage.getItem('keystone.workspace.revision') || 0) > b, before, { timeout: 120000 });
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 120000 });
  const tickSaved = Date.now() - t0;
  await page.waitForTimeout(300);
  const tick = Math.round(await page.evaluate(() => window.__longest));
  await context.close();
  return { store, chars: stored.chars, historyChars: stored.history, load, loadTask, wasm, tick, tickSaved };
}

/// The table rows of the part, one column per size.
export function historyRows(sizeList, results, runs, median) {
  const lines = [`\n| storage with 5 years × ${OFFERINGS} offerings of history (median of ${runs}) | ${sizeList.map((n) => `${n} customers, ${(n * YEARS.length * OFFERINGS).toLocaleString('en')} rows`).join(' | ')} |`,
    `|---|${sizeList.map(() => '---:|').join('')}`];
  const m = (n, k) => median(results[n].map((r) => r[k]));
  const row = (label, f) => lines.push(`| ${label} | ${sizeList.map((n) => f((k) => m(n, k))).join(' | ')} |`);
  row('stored in IndexedDB (characters; the history of it)', (v) => `${(v('chars') / 1e6).toFixed(1)} M (${(v('historyChars') / 1e6).toFixed(1)} M)`);
  row('time to store every record (one IndexedDB transaction)', (v) => `${v('store')} ms`);
  row('returning visit: register rows shown', (v) => `${v('load')} ms`);
  row('returning visit: longest task', (v) => `${v('loadTask')} ms`);
  row('wasm memory after loading', (v) => `${(v('wasm') / 1e6).toFixed(0)} MB`);
  row('longest task: tick one key account (until saved)', (v) => `${v('tick')} ms`);
  row('tick one key account: saved after', (v) => `${v('tickSaved')} ms`);
  return lines.join('\n');
}
