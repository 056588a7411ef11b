// `make bench`, part `big-import` (tests/bench/browser.mjs): importing `n` customers
// (100,000 by default) as a CSV file, an .xlsx file and a Keystone file, into an empty
// workspace and over a stored workspace of `n` customers (a second import of the same
// list, the usual case). For each: the time until the import button is ready and the
// longest task meanwhile (reading and checking), then the time until the workspace is
// saved and the longest task meanwhile (confirming and saving). Issue budget: no task
// over 100 ms.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xlsx } from './xlsx-writer.mjs';
import { seedWithHistory, SCHEMA_VERSION } from './history_storage.mjs';

const revenue = (i) => Math.round(5e6 / Math.pow(i, 1.1) * 100) / 100;
const margin = (i) => Math.round(1e6 / i * 100) / 100;

/// The three files of `n` customers, written to the temporary folder.
export function importFiles(n) {
  const rows = [['Kundennummer', 'Kunde', 'Branche', 'Umsatz', 'Deckungsbeitrag']];
  for (let i = 1; i <= n; i++) rows.push([`K-${i}`, `Kunde ${String(i).padStart(5, '0')}`, `Branche ${i % 17}`, revenue(i), margin(i)]);
  const base = path.join(os.tmpdir(), `keystone-big-${process.pid}-${n}`);
  const csv = `${base}.csv`;
  fs.writeFileSync(csv, Buffer.from(rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';')).join('\r\n'), 'latin1'));
  const sheet = `${base}.xlsx`;
  fs.writeFileSync(sheet, xlsx(rows, 'Kunden'));
  const accounts = rows.slice(1).map(([number, name, industry, rev, cm], i) => ({
    id: i + 1, number, name, industry, revenue: rev, contribution_margin: cm,
  }));
  const json = `${base}.json`;
  fs.writeFileSync(json, JSON.stringify({
    format: 'keystone-workspace', schema_version: SCHEMA_VERSION, app_version: 'bench',
    exported_at: '2026-12-08T00:00:00Z', data: { accounts },
  }, null, 2));
  return { csv, sheet, json };
}

const observe = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
};

/// One import of `file` (`kind`: 'sheet' or 'json'); `over`: a workspace of `n`
/// customers is stored first.
async function importOnce(browser, url, file, kind, n, over) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(observe);
  if (over) await seedWithHistory(page, url, n, []);
  const hash = kind === 'json' ? '#/data' : '#/import';
  await page.goto(url + hash);
  await page.reload();
  await page.getByRole('navigation').first().waitFor();
  if (over) await page.getByText(/All changes saved/).first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(2500); // start-up, idle prefetch
  const reset = () => page.evaluate(() => { window.__longest = 0; });
  const longest = async () => Math.round(await page.evaluate(() => window.__longest));
  const out = {};
  await reset();
  let start = Date.now();
  const name = kind === 'json' ? 'Replace workspace with this file' : `Import ${n.toLocaleString('en-US')} rows`;
  await page.getByLabel(kind === 'json' ? 'Choose a file to import' : 'Choose a CSV or Excel file').setInputFiles(file);
  const button = page.getByRole('button', { name });
  await page.waitForFunction((name) => [...document.querySelectorAll('button')]
    .some((b) => b.textContent.trim().startsWith(name) && !b.disabled), name, { timeout: 300000, polling: 100 });
  out.read = Date.now() - start;
  await page.waitForTimeout(300);
  out.readTask = await longest();
  await reset();
  const before = await page.evaluate(() => Number(localStorage.getItem('keystone.workspace.revision') || 0));
  start = Date.now();
  await button.click();
  await page.waitForFunction((b) => Number(localStorage.getItem('keystone.workspace.revision') || 0) > b, before, { timeout: 300000, polling: 50 });
  await page.getByText(/All changes saved/).first().waitFor({ timeout: 300000 });
  out.confirm = Date.now() - start;
  await page.waitForTimeout(500);
  out.confirmTask = await longest();
  await context.close();
  return out;
}

/// Every import of `n` customers, `runs` times each; the table's rows as text.
export async function bigImportRows(browser, url, n, runs, median) {
  const { csv, sheet, json } = importFiles(n);
  const mb = (f) => (fs.statSync(f).size / 1e6).toFixed(1);
  const kinds = [['CSV', csv, 'sheet'], ['.xlsx', sheet, 'sheet'], ['Keystone file', json, 'json']];
  const lines = [];
  const label = n.toLocaleString('en-US');
  lines.push(`\n| importing ${label} customers (median of ${runs}) | ${kinds.map(([k, f]) => `${k} (${mb(f)} MB)`).join(' | ')} |`);
  lines.push(`|---|${kinds.map(() => '---:|').join('')}`);
  for (const over of [false, true]) {
    const results = [];
    for (const [, file, kind] of kinds) {
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await importOnce(browser, url, file, kind, n, over));
      results.push(rs);
    }
    const where = over ? `over ${label} stored` : 'into an empty workspace';
    const row = (text, k) => lines.push(`| ${where}: ${text} | ${results.map((rs) => `${median(rs.map((r) => r[k]))} ms`).join(' | ')} |`);
    row('reading and checking, until "Import" is ready', 'read');
    row('reading and checking, longest task', 'readTask');
    row('confirming, until saved', 'confirm');
    row('confirming and saving, longest task', 'confirmTask');
  }
  for (const f of [csv, sheet, json]) fs.rmSync(f);
  return lines.join('\n');
}
