// Browser measurements for `make bench` (never asserted as timings in tests):
//  1. time to an interactive start page on a first visit over a throttled connection
//     (1.6 Mbit/s down, 150 ms round trip, cache disabled), via the DevTools protocol;
//  2. the longest task (PerformanceObserver 'longtask') while editing a text field
//     outside the accounts (the workspace name) with 20,000 accounts loaded, and, for
//     comparison, while ticking one key-account box in the register;
//  3. the longest task while importing a customer list of 20,000 rows into an empty
//     workspace, from CSV and from .xlsx: reading, mapping and checking (until the
//     import button is ready), then the confirmation (until the workspace is saved);
//     and while exporting the register of 20,000 accounts as .xlsx;
//  4. storage at 20,000 and 100,000 customers: the stored size in IndexedDB, the time
//     to store every record in one transaction and to load it (a returning visit, until
//     the register's rows show), the JS heap, and the longest task on the edits above
//     and on typing a search;
//  5. a link straight to the Pareto page on the slow line, with a stored workspace,
//     until its chart is drawn;
//  6. with 100,000 customers (SIZES): the longest task of each page change (register →
//     Pareto → portfolio → key accounts) and of each interaction (changing an ABC
//     threshold, a weight, sorting the register), and the wasm memory after loading;
//  7. the sales history (issue 27): importing 20,000 customers × 5 years × 6 offerings
//     (600,000 rows) from CSV and from .xlsx into a workspace of 20,000 customers
//     (reading until the import button is ready, confirming until saved: longest task,
//     time, JS heap and wasm memory), then with that history the development page with
//     its migration matrix (page open) and the register (a change of the year select).
//  8. (part `history-storage`, HISTORY_SIZES, 20,000 without it) storage with five years ×
//     six offerings of sales history per customer: see history_storage.mjs.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { xlsx } from './xlsx-writer.mjs';
import { historyStorageRun, historyRows as historyStorageRows, SCHEMA_VERSION } from './history_storage.mjs';
import { bigImportRows } from './big_import.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
// Compressed like any real host, so the throttled visit transfers gzip sizes.
const { server, url } = await serve(root, { gzip: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function throttledFirstVisit(hash) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8,
  });
  await page.goto(url + hash, { waitUntil: 'commit' });
  const ms = await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((e) => e.textContent.includes('Load sample workspace'));
    return b ? performance.now() : null;
  }, null, { timeout: 120000, polling: 20 }).then((h) => h.jsonValue());
  const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
    .concat(performance.getEntriesByType('navigation'))
    .reduce((s, e) => s + (e.encodedBodySize || 0), 0));
  await context.close();
  return { ms: Math.round(ms), bytes };
}

/// Stores a workspace of `n` accounts in IndexedDB as the app does (docs/storage.md:
/// `meta`, the accounts' count and chunks of 2,000), from a first visit's page, and
/// returns how long that one transaction took. Local storage (5 M characters) cannot
/// hold 100,000 accounts, so the old layout is not used here.
async function seed(page, n) {
  await page.goto(url + '#/data');
  await page.getByRole('navigation').first().waitFor();
  return page.evaluate(async ({ n, version }) => {
    const accounts = Array.from({ length: n }, (_, i) => JSON.stringify({
      id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
      revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
    }));
    const records = [['meta', `{"format":"keystone-workspace","schema_version":${version},"app_version":"bench","exported_at":"2026-12-06T00:00:00Z","data":{}}`]];
    const chunks = Math.ceil(n / 2000);
    records.push(['accounts', String(chunks)]);
    for (let c = 0; c < chunks; c++) records.push([`accounts.${String(c).padStart(5, '0')}`, accounts.slice(c * 2000, (c + 1) * 2000).join(',')]);
    const db = await new Promise((resolve) => { const o = indexedDB.open('keystone'); o.onsuccess = () => resolve(o.result); });
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('workspace', 'readwrite');
      for (const [k, v] of records) tx.objectStore('workspace').put(v, k);
      tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - start;
  }, { n, version: SCHEMA_VERSION });
}

const revision = (page) => page.evaluate(() => Number(localStorage.getItem('keystone.workspace.revision') || 0));
const saved = (page) => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 120000 });

/// A shared link on a slow line: straight to the Pareto page with a stored workspace of
/// `n` accounts, the time until its chart is drawn (ms since navigation).
async function throttledChartLink(n) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await seed(page, n);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8,
  });
  await page.goto(url + '#/pareto', { waitUntil: 'commit' });
  await page.reload({ waitUntil: 'commit' });
  await page.locator('div.chart canvas').first().waitFor({ timeout: 120000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return Math.round(ms);
}

function bigWorkspace(n) {
  const accounts = Array.from({ length: n }, (_, i) => ({
    id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
    revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
  }));
  return JSON.stringify({ format: 'keystone-workspace', schema_version: 1, app_version: 'bench', exported_at: '2026-11-21T08:00:00Z', data: { accounts } });
}

async function longestTask(hash, action, n = 20000) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await seed(page, n);
  await page.goto(url + hash);
  await page.reload();
  await page.getByRole('navigation').first().waitFor();
  await page.waitForTimeout(2500); // start-up, idle prefetch
  await page.evaluate(() => { window.__longest = 0; });
  const before = await revision(page);
  await action(page);
  // The save runs 0.4 s after the change: wait until it has run and landed.
  await page.waitForFunction((b) => Number(localStorage.getItem('keystone.workspace.revision') || 0) > b, before, { timeout: 120000 });
  await saved(page);
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return Math.round(longest);
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

/// Longest tasks of one import: [reading and checking, confirming].
async function importTasks(file) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(url + '#/import');
  await page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
  await page.waitForTimeout(2500); // start-up, idle prefetch
  await page.evaluate(() => { window.__longest = 0; });
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(file);
  const button = page.getByRole('button', { name: /^Import 20,?000 rows/ });
  await button.waitFor({ timeout: 120000 });
  await page.waitForTimeout(300);
  const reading = await page.evaluate(() => window.__longest);
  await page.evaluate(() => { window.__longest = 0; });
  await button.click();
  await page.waitForFunction(() => Number(localStorage.getItem('keystone.workspace.revision') || 0) > 0, null, { timeout: 120000 });
  await saved(page);
  await page.waitForTimeout(300);
  const confirming = await page.evaluate(() => window.__longest);
  await context.close();
  return [Math.round(reading), Math.round(confirming)];
}

/// The register of 20,000 accounts as .xlsx: the longest task and the file.
async function exportXlsx() {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await seed(page, 20000);
  await page.reload();
  await page.getByRole('button', { name: 'Download Excel (.xlsx)' }).waitFor();
  await page.waitForTimeout(2500);
  await page.evaluate(() => { window.__longest = 0; });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }),
    page.getByRole('button', { name: 'Download Excel (.xlsx)' }).click()]);
  const file = path.join(os.tmpdir(), `keystone-bench-${process.pid}.xlsx`);
  await download.saveAs(file);
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return { longest: Math.round(longest), file };
}

/// Storage with `n` customers: stored size, time to store and to load, heap, and the
/// longest task while typing a search and while loading.
async function storageRun(n) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const store = Math.round(await seed(page, n));
  const chars = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('keystone');
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', 'readonly');
      const all = tx.objectStore('workspace').getAll();
      tx.oncomplete = () => { resolve(all.result.reduce((s, v) => s + v.length, 0)); open.result.close(); };
    };
  }));
  await page.goto(url + '#/accounts');
  await page.reload();
  await page.locator('table.accounts tbody tr').first().waitFor({ timeout: 120000 });
  const load = Math.round(await page.evaluate(() => window.__rowsAt));
  const loadTask = Math.round(await page.evaluate(() => window.__longest));
  const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
  const wasm = await wasmMemory(page);
  await page.waitForTimeout(2500);
  await page.evaluate(() => { window.__longest = 0; });
  await page.getByLabel('Search by name').pressSequentially('Kunde 0999', { delay: 120 });
  await page.waitForTimeout(500);
  const search = Math.round(await page.evaluate(() => window.__longest));
  // The visit after: the browser has compiled and cached the wasm of the visit before
  // (the visit above is the first to run the decoder and the register: its code runs
  // in V8's baseline compiler, 2-3 times slower at first).
  await page.waitForTimeout(2000);
  await page.reload();
  await page.locator('table.accounts tbody tr').first().waitFor({ timeout: 120000 });
  const again = Math.round(await page.evaluate(() => window.__rowsAt));
  const againTask = Math.round(await page.evaluate(() => window.__longest));
  await context.close();
  return { store, chars, load, loadTask, heap, wasm, search, again, againTask };
}

/// The bytes of the main wasm module's memory: wasm-bindgen's init, called again, hands
/// back the running instance's exports.
const wasmMemory = (page) => page.evaluate(async () => {
  const href = document.querySelector('link[rel=modulepreload][href*="keystone.js"]').href;
  const exports = await (await import(href)).default();
  return exports.memory.buffer.byteLength;
});

/// With `n` customers stored, from the register: the longest task of each page change
/// (until the page's heading shows, and 1 s to settle) and of each interaction.
async function pageChanges(n) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await seed(page, n);
  await page.goto(url + '#/accounts');
  await page.reload();
  await page.locator('table.accounts tbody tr').first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(2500); // start-up, idle prefetch
  const longest = async (action) => {
    await page.evaluate(() => { window.__longest = 0; });
    await action();
    await page.waitForTimeout(1000);
    return Math.round(await page.evaluate(() => window.__longest));
  };
  // The longest task of a page change, and how long the page took to open (its
  // `ready` element shown), kept in `out.open`.
  const out = { open: {} };
  const go = (hash, ready) => longest(async () => {
    const start = Date.now();
    await page.evaluate((h) => { location.hash = h; }, hash);
    await ready().waitFor({ timeout: 120000 });
    out.open[hash] = Date.now() - start;
  });
  out.pareto = await go('#/pareto', () => page.locator('div.chart canvas').first());
  out.threshold = await longest(async () => {
    await page.getByLabel('A threshold (cumulative %)').fill('75');
    await page.getByLabel('A threshold (cumulative %)').press('Enter');
  });
  out.portfolio = await go('#/portfolio', () => page.getByRole('heading', { level: 1 }));
  out.keyAccounts = await go('#/key-accounts', () => page.getByRole('heading', { level: 1 }));
  out.value = await go('#/value', () => page.getByRole('group', { name: 'Weights in the value model' }));
  out.weight = await longest(async () => {
    const field = page.getByRole('group', { name: 'Weights in the value model' }).getByRole('textbox').first();
    await field.fill('30');
    await field.press('Enter');
  });
  out.register = await go('#/accounts', () => page.locator('table.accounts tbody tr').first());
  out.sort = await longest(async () => {
    await page.locator('table.accounts thead button.sort').nth(1).click();
  });
  await context.close();
  return out;
}

/// The history of `n` customers (by name, as the seeded register has no numbers) ×
/// 2021-2025 × 6 offerings, long shape: header and rows.
function historyRows(n) {
  const rows = [['Kunde', 'Jahr', 'Produktgruppe', 'Umsatz']];
  for (let i = 1; i <= n; i++) {
    const name = `Kunde ${String(i).padStart(5, '0')}`;
    for (let y = 2021; y <= 2025; y++) {
      for (let o = 1; o <= 6; o++) {
        // Shares that drift by year, so that classes migrate and some customers stop.
        const lost = i % 23 === 0 && y >= 2024;
        const v = lost ? 0 : Math.round((5e6 / Math.pow(i, 1.1)) * (0.6 + 0.1 * ((i * y + o) % 9)) / 6 * 100) / 100;
        rows.push([name, y, `Angebot ${o}`, v]);
      }
    }
  }
  return rows;
}

/// One history import into a stored register of `n` customers; with `after`, the
/// development page and the register's year select measured afterwards.
async function historyImport(file, rows, n, after) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await seed(page, n);
  await page.goto(url + '#/data');
  await page.reload();
  await page.getByRole('heading', { name: 'Import sales history (CSV, Excel)' }).waitFor({ timeout: 120000 });
  await page.waitForTimeout(2500); // start-up, idle prefetch
  const out = {};
  const reset = () => page.evaluate(() => { window.__longest = 0; });
  const longest = async () => Math.round(await page.evaluate(() => window.__longest));
  await reset();
  let start = Date.now();
  await page.getByLabel('Choose a sales history file').setInputFiles(file);
  const label = (rows - 1).toLocaleString('en-US');
  const button = page.getByRole('button', { name: `Import ${label} history rows` });
  await page.waitForFunction((name) => [...document.querySelectorAll('button')]
    .some((b) => b.textContent.trim() === name && !b.disabled), `Import ${label} history rows`, { timeout: 900000, polling: 200 });
  out.read = Date.now() - start;
  out.readTask = await longest();
  out.heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
  out.wasm = await wasmMemory(page);
  await reset();
  const before = await revision(page);
  start = Date.now();
  await button.click();
  await page.getByText(new RegExp(`^${label} history rows imported`)).waitFor({ timeout: 300000 });
  out.merge = Date.now() - start;
  await page.waitForFunction((b) => Number(localStorage.getItem('keystone.workspace.revision') || 0) > b, before, { timeout: 600000 });
  await saved(page);
  out.confirm = Date.now() - start;
  await page.waitForTimeout(300);
  out.confirmTask = await longest();
  if (after) {
    await page.waitForTimeout(1000);
    await reset();
    start = Date.now();
    await page.evaluate(() => { location.hash = '#/development'; });
    await page.locator('table.migration-matrix').waitFor({ timeout: 300000 });
    out.development = Date.now() - start;
    await page.waitForTimeout(1000);
    out.developmentTask = await longest();
    await page.evaluate(() => { location.hash = '#/accounts'; });
    const year = page.getByLabel('Revenue of the year');
    await year.waitFor({ timeout: 300000 });
    await page.waitForTimeout(1500);
    await reset();
    await year.selectOption('2023');
    await page.getByRole('columnheader', { name: /Revenue 2023/ }).waitFor({ timeout: 120000 });
    await page.waitForTimeout(1000);
    out.yearTask = await longest();
  }
  await context.close();
  return out;
}

const runs = Number(process.env.RUNS || 3);
// ONLY=visit,chart,edit,import,storage,tick,pages,history,history-storage,big-import runs only those parts (all without
// it; HISTORY_RUNS=3 repeats the history part, HISTORY_CUSTOMERS=2000 makes it smaller);
// SIZES=100000 the storage parts at those sizes only (20,000 and 100,000 without it).
const only = (process.env.ONLY || '').split(',').filter(Boolean);
const want = (part) => only.length === 0 || only.includes(part);
const sizeList = (process.env.SIZES || '20000,100000').split(',').map(Number);
const median = (xs) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : '–');
const repeat = async (part, f) => {
  const out = [];
  if (want(part)) for (let i = 0; i < runs; i++) out.push(await f());
  return out;
};
const visits = await repeat('visit', () => throttledFirstVisit(''));
const chartLinks = await repeat('chart', () => throttledChartLink(200));
const nameEdit = await repeat('edit', () => longestTask('#/data', async (page) => {
  await page.getByLabel('Workspace name').fill('Bench GmbH');
  await page.getByLabel('Workspace name').press('Enter');
}));
const keyToggle = await repeat('edit', () => longestTask('#/accounts', async (page) => {
  await page.getByRole('checkbox', { name: 'Key account: Kunde 00001' }).check();
}));
const csvLines = ['Kundennummer;Kunde;Branche;Umsatz;Deckungsbeitrag'];
for (let i = 1; i <= 20000; i++) {
  csvLines.push(`K-${i};Kunde ${i};Branche ${i % 17};${(5e6 / i).toFixed(2).replace('.', ',')};${(1e6 / i).toFixed(2).replace('.', ',')}`);
}
// From a file on disk: Playwright hands a path to the browser as a user's choice does;
// a buffer is decoded from base64 inside the page, one long task of Playwright's own.
const csvFile = path.join(os.tmpdir(), `kunden-20000-${process.pid}.csv`);
fs.writeFileSync(csvFile, Buffer.from(csvLines.join('\r\n'), 'latin1'));
const csvImport = [];
const xlsxImport = [];
const xlsxExport = [];
for (let i = 0; i < (want('import') ? runs : 0); i++) {
  csvImport.push(await importTasks(csvFile));
  const exported = await exportXlsx();
  xlsxExport.push(exported.longest);
  xlsxImport.push(await importTasks(exported.file));
  fs.rmSync(exported.file);
}
const medianOf = (pairs, k) => median(pairs.map((p) => p[k]));
const sizes = {};
for (const n of sizeList) {
  const rs = await repeat('storage', () => storageRun(n));
  const m = (k) => median(rs.map((r) => r[k]));
  const edits = await repeat('tick', () => longestTask('#/data', async (page) => {
    await page.getByLabel('Workspace name').fill('Bench GmbH');
    await page.getByLabel('Workspace name').press('Enter');
  }, n));
  const ticks = await repeat('tick', () => longestTask('#/accounts', async (page) => {
    await page.getByRole('checkbox', { name: 'Key account: Kunde 00001' }).check();
  }, n));
  const changes = await repeat('pages', () => pageChanges(n));
  const c = (k) => median(changes.map((r) => r[k]));
  sizes[n] = {
    ...Object.fromEntries(['store', 'chars', 'load', 'loadTask', 'heap', 'wasm', 'search', 'again', 'againTask'].map((k) => [k, m(k)])),
    edit: median(edits), tick: median(ticks),
    ...Object.fromEntries(['pareto', 'threshold', 'portfolio', 'keyAccounts', 'value', 'weight', 'register', 'sort'].map((k) => [k, c(k)])),
    open: Object.fromEntries(['#/pareto', '#/portfolio', '#/key-accounts', '#/value', '#/accounts'].map((h) => [h, median(changes.map((r) => r.open[h]))])),
  };
}
const all = (xs) => (xs.length > 1 ? ` (runs: ${xs.join(', ')})` : '');
console.log('\n| browser measurement (median of %d) | result |\n|---|---:|', runs);
if (visits.length) console.log(`| first visit, start page interactive at 1.6 Mbit/s, 150 ms RTT | ${median(visits.map((v) => v.ms))} ms (${Math.round(visits[0].bytes / 1000)} KB transferred) |`);
if (chartLinks.length) console.log(`| a link straight to the Pareto page (200 accounts stored) at 1.6 Mbit/s, 150 ms RTT: chart drawn | ${median(chartLinks)} ms |`);
if (nameEdit.length) {
  console.log(`| longest task: edit the workspace name, 20,000 accounts loaded | ${median(nameEdit)} ms (0 = none over 50 ms) |`);
  console.log(`| longest task: tick one key account in the register, 20,000 accounts | ${median(keyToggle)} ms |`);
}
if (csvImport.length) {
  console.log(`| longest task: import 20,000 CSV rows (Windows-1252), reading and checking | ${medianOf(csvImport, 0)} ms${all(csvImport.map((p) => p[0]))} |`);
  console.log(`| longest task: import 20,000 CSV rows, confirming and saving | ${medianOf(csvImport, 1)} ms |`);
  console.log(`| longest task: import 20,000 .xlsx rows, reading and checking | ${medianOf(xlsxImport, 0)} ms${all(xlsxImport.map((p) => p[0]))} |`);
  console.log(`| longest task: import 20,000 .xlsx rows, confirming and saving | ${medianOf(xlsxImport, 1)} ms |`);
  console.log(`| longest task: export the register of 20,000 accounts as .xlsx | ${median(xlsxExport)} ms |`);
}
if (want('storage') || want('tick') || want('pages')) {
  console.log('\n| storage (median of %d) | %s |\n|---|%s', runs, sizeList.map((n) => `${n} customers`).join(' | '), sizeList.map(() => '---:|').join(''));
  const row = (label, f) => console.log(`| ${label} | ${sizeList.map((n) => f(sizes[n])).join(' | ')} |`);
  if (want('storage')) {
    row('stored in IndexedDB (characters)', (r) => `${(r.chars / 1e6).toFixed(1)} M`);
    row('time to store every record (one IndexedDB transaction)', (r) => `${r.store} ms`);
    row('returning visit: register rows shown', (r) => `${r.load} ms`);
    row('returning visit: longest task', (r) => `${r.loadTask} ms`);
    row('the visit after (code cached): register rows shown', (r) => `${r.again} ms`);
    row('the visit after: longest task', (r) => `${r.againTask} ms`);
    row('JS heap after loading', (r) => `${(r.heap / 1e6).toFixed(0)} MB`);
    row('wasm memory after loading', (r) => `${(r.wasm / 1e6).toFixed(0)} MB`);
    row('longest task: typing a search', (r) => `${r.search} ms`);
  }
  if (want('tick')) {
    row('longest task: edit the workspace name', (r) => `${r.edit} ms`);
    row('longest task: tick one key account', (r) => `${r.tick} ms`);
  }
  if (want('pages')) {
    row('longest task: register → Pareto (chart drawn)', (r) => `${r.pareto} ms`);
    row('longest task: change the A threshold', (r) => `${r.threshold} ms`);
    row('longest task: Pareto → portfolio', (r) => `${r.portfolio} ms`);
    row('longest task: portfolio → key accounts', (r) => `${r.keyAccounts} ms`);
    row('longest task: key accounts → value model', (r) => `${r.value} ms`);
    row('longest task: change a weight', (r) => `${r.weight} ms`);
    row('longest task: value model → register', (r) => `${r.register} ms`);
    row('longest task: sort the register by another column', (r) => `${r.sort} ms`);
    row('time until the page shows (each change above)',
      (r) => Object.entries(r.open).map(([h, ms]) => `${h.slice(2)} ${ms}`).join(', ') + ' ms');
  }
}
if (want('history')) {
  const customers = Number(process.env.HISTORY_CUSTOMERS || 20000);
  const rows = historyRows(customers);
  const csvHistory = path.join(os.tmpdir(), `historie-${process.pid}.csv`);
  fs.writeFileSync(csvHistory, rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';')).join('\r\n'));
  const xlsxHistory = path.join(os.tmpdir(), `historie-${process.pid}.xlsx`);
  fs.writeFileSync(xlsxHistory, xlsx(rows, 'Historie'));
  const mb = (f) => (fs.statSync(f).size / 1e6).toFixed(1);
  const hRuns = Number(process.env.HISTORY_RUNS || 1);
  const csvRuns = [];
  const xlsxRuns = [];
  for (let i = 0; i < hRuns; i++) {
    csvRuns.push(await historyImport(csvHistory, rows.length, customers, true));
    xlsxRuns.push(await historyImport(xlsxHistory, rows.length, customers, false));
  }
  const m = (list, k) => median(list.map((r) => r[k]));
  const rowsText = (rows.length - 1).toLocaleString('en-US');
  console.log(`\n| sales history: ${rowsText} rows, ${customers.toLocaleString('en-US')} customers (median of ${hRuns}) | CSV (${mb(csvHistory)} MB) | .xlsx (${mb(xlsxHistory)} MB) |\n|---|---:|---:|`);
  const row = (label, k, f = (v) => `${v} ms`) => console.log(`| ${label} | ${f(m(csvRuns, k))} | ${f(m(xlsxRuns, k))} |`);
  row('reading and checking until "Import" is ready: total time', 'read');
  row('reading and checking: longest task', 'readTask');
  row('JS heap after reading', 'heap', (v) => `${(v / 1e6).toFixed(0)} MB`);
  row('wasm memory after reading', 'wasm', (v) => `${(v / 1e6).toFixed(0)} MB`);
  row('confirming: until the import is shown', 'merge');
  row('confirming: until saved', 'confirm');
  row('confirming and saving: longest task', 'confirmTask');
  console.log(`| with that history: development page open (migration matrix drawn) | ${m(csvRuns, 'development')} ms | |`);
  console.log(`| with that history: development page open, longest task | ${m(csvRuns, 'developmentTask')} ms | |`);
  console.log(`| with that history: register, change of the year select, longest task | ${m(csvRuns, 'yearTask')} ms | |`);
  fs.rmSync(csvHistory);
  fs.rmSync(xlsxHistory);
}
const historySizes = (process.env.HISTORY_SIZES || '20000').split(',').map(Number);
if (want('history-storage')) {
  const results = {};
  for (const n of historySizes) results[n] = await repeat('history-storage', () => historyStorageRun(browser, url, n));
  console.log(historyStorageRows(historySizes, results, runs, median));
}
if (want('big-import')) {
  // One run each by default: nine imports of 100,000 rows take minutes.
  for (const n of (process.env.IMPORT_SIZES || '100000').split(',').map(Number)) {
    console.log(await bigImportRows(browser, url, n, Number(process.env.IMPORT_RUNS || 1), median));
  }
}
fs.rmSync(csvFile);
await browser.close();
server.close();
