// Browser measurements for `make bench` (never asserted as timings in tests):
//  1. time to an interactive start page on a first visit over a throttled connection
//     (1.6 Mbit/s down, 150 ms round trip, cache disabled), via the DevTools protocol;
//  2. the longest task (PerformanceObserver 'longtask') while editing a text field
//     outside the accounts (the workspace name) with 20,000 accounts loaded, and, for
//     comparison, while ticking one key-account box in the register;
//  3. the longest task while importing a customer list of 20,000 rows into an empty
//     workspace, from CSV and from .xlsx: reading, mapping and checking (until the
//     import button is ready), then the confirmation (until the workspace is saved);
//     and while exporting the register of 20,000 accounts as .xlsx.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';

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

function bigWorkspace(n) {
  const accounts = Array.from({ length: n }, (_, i) => ({
    id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
    revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
  }));
  return JSON.stringify({ format: 'keystone-workspace', schema_version: 1, app_version: 'bench', exported_at: '2026-11-21T08:00:00Z', data: { accounts } });
}

async function longestTask(hash, action) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('keystone.workspace', text);
      sessionStorage.setItem('seeded', '1');
    }
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  }, bigWorkspace(20000));
  await page.goto(url + hash);
  await page.getByRole('navigation').waitFor();
  await page.waitForTimeout(2500); // start-up, idle prefetch
  await page.evaluate(() => { window.__longest = 0; });
  await action(page);
  // The save runs 0.4 s after the change: wait until it has run.
  await page.waitForFunction((before) => Number(localStorage.getItem('keystone.workspace.revision') || 0) > before, 0);
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
  const button = page.getByRole('button', { name: 'Import 20000 rows' });
  await button.waitFor({ timeout: 120000 });
  await page.waitForTimeout(300);
  const reading = await page.evaluate(() => window.__longest);
  await page.evaluate(() => { window.__longest = 0; });
  await button.click();
  await page.waitForFunction(() => Number(localStorage.getItem('keystone.workspace.revision') || 0) > 0, null, { timeout: 120000 });
  await page.waitForTimeout(300);
  const confirming = await page.evaluate(() => window.__longest);
  await context.close();
  return [Math.round(reading), Math.round(confirming)];
}

/// The register of 20,000 accounts as .xlsx: the longest task and the file.
async function exportXlsx() {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('keystone.workspace', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, bigWorkspace(20000));
  await page.addInitScript(observeLongTasks);
  await page.goto(url + '#/data');
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

const runs = Number(process.env.RUNS || 3);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const visits = [];
for (let i = 0; i < runs; i++) visits.push(await throttledFirstVisit(''));
const nameEdit = [];
const keyToggle = [];
for (let i = 0; i < runs; i++) {
  nameEdit.push(await longestTask('#/data', async (page) => {
    await page.getByLabel('Workspace name').fill('Bench GmbH');
    await page.getByLabel('Workspace name').press('Enter');
  }));
  keyToggle.push(await longestTask('#/accounts', async (page) => {
    await page.getByRole('checkbox', { name: 'Key account: Kunde 00001' }).check();
  }));
}
const csvLines = ['Kundennummer;Kunde;Branche;Umsatz;Deckungsbeitrag'];
for (let i = 1; i <= 20000; i++) {
  csvLines.push(`K-${i};Kunde ${i};Branche ${i % 17};${(5e6 / i).toFixed(2).replace('.', ',')};${(1e6 / i).toFixed(2).replace('.', ',')}`);
}
const csvFile = { name: 'kunden-20000.csv', mimeType: 'text/csv', buffer: Buffer.from(csvLines.join('\r\n'), 'latin1') };
const csvImport = [];
const xlsxImport = [];
const xlsxExport = [];
for (let i = 0; i < runs; i++) {
  csvImport.push(await importTasks(csvFile));
  const exported = await exportXlsx();
  xlsxExport.push(exported.longest);
  xlsxImport.push(await importTasks(exported.file));
  fs.rmSync(exported.file);
}
const medianOf = (pairs, k) => median(pairs.map((p) => p[k]));
console.log('\n| browser measurement (median of %d) | result |\n|---|---:|', runs);
console.log(`| first visit, start page interactive at 1.6 Mbit/s, 150 ms RTT | ${median(visits.map((v) => v.ms))} ms (${Math.round(visits[0].bytes / 1000)} KB transferred) |`);
console.log(`| longest task: edit the workspace name, 20,000 accounts loaded | ${median(nameEdit)} ms (0 = none over 50 ms) |`);
console.log(`| longest task: tick one key account in the register, 20,000 accounts | ${median(keyToggle)} ms |`);
console.log(`| longest task: import 20,000 CSV rows (Windows-1252), reading and checking | ${medianOf(csvImport, 0)} ms |`);
console.log(`| longest task: import 20,000 CSV rows, confirming and saving | ${medianOf(csvImport, 1)} ms |`);
console.log(`| longest task: import 20,000 .xlsx rows, reading and checking | ${medianOf(xlsxImport, 0)} ms |`);
console.log(`| longest task: import 20,000 .xlsx rows, confirming and saving | ${medianOf(xlsxImport, 1)} ms |`);
console.log(`| longest task: export the register of 20,000 accounts as .xlsx | ${median(xlsxExport)} ms |`);
await browser.close();
server.close();
