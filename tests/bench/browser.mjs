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
//  7. (part `history`, HISTORY_SIZES, 20,000 without it) storage with five years × six
//     offerings of sales history per customer: see history_storage.mjs.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { historyStorageRun, historyRows } from './history_storage.mjs';

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
  return page.evaluate(async (n) => {
    const accounts = Array.from({ length: n }, (_, i) => JSON.stringify({
      id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
      revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
    }));
    const records = [['meta', '{"format":"keystone-workspace","schema_version":7,"app_version":"bench","exported_at":"2026-12-06T00:00:00Z","data":{}}']];
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
  }, n);
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

const observeLongTasks = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
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
  const load = Math.round(await page.evaluate(() => performance.now()));
  const loadTask = Math.round(await page.evaluate(() => window.__longest));
  const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
  const wasm = await wasmMemory(page);
  await page.waitForTimeout(2500);
  await page.evaluate(() => { window.__longest = 0; });
  await page.getByLabel('Search by name').pressSequentially('Kunde 0999', { delay: 120 });
  await page.waitForTimeout(500);
  const search = Math.round(await page.evaluate(() => window.__longest));
  await context.close();
  return { store, chars, load, loadTask, heap, wasm, search };
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
  const go = (hash, ready) => longest(async () => {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await ready().waitFor({ timeout: 120000 });
  });
  const out = {};
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

const runs = Number(process.env.RUNS || 3);
// ONLY=visit,chart,edit,import,storage,tick,pages,history runs only those parts (all without it);
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
    ...Object.fromEntries(['store', 'chars', 'load', 'loadTask', 'heap', 'wasm', 'search'].map((k) => [k, m(k)])),
    edit: median(edits), tick: median(ticks),
    ...Object.fromEntries(['pareto', 'threshold', 'portfolio', 'keyAccounts', 'value', 'weight', 'register', 'sort'].map((k) => [k, c(k)])),
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
  }
}
const historySizes = (process.env.HISTORY_SIZES || '20000').split(',').map(Number);
if (want('history')) {
  const results = {};
  for (const n of historySizes) results[n] = await repeat('history', () => historyStorageRun(browser, url, n));
  console.log(historyRows(historySizes, results, runs, median));
}
fs.rmSync(csvFile);
await browser.close();
server.close();
