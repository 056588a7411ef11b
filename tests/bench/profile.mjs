// Finds the long tasks of a history scenario with a CPU profile (DevTools protocol) and
// names what runs in them. Needs a build with function names:
//   PROFILE_NAMES=1 .ci/build.sh && PROFILE=import node tests/bench/profile.mjs
// PROFILE=import: 600,000 history rows (CSV) into 20,000 stored customers; profiles
//   the confirmation (until saved) and then opening the development page.
// PROFILE=customers: reading a customer CSV of 20,000 rows (HISTORY_CUSTOMERS) on the
//   import page, until its import button is ready.
// PROFILE=big-csv|big-xlsx|big-json: importing HISTORY_CUSTOMERS customers (big_import.mjs's
//   files), reading until the import button is ready, then confirming until saved;
//   OVER=1 over as many stored customers.
// PROFILE=tick: the returning visit below, then ticking a key account until saved.
// PROFILE=sort: the returning visit below, then sorting the register by industry.
// PROFILE=visit: a returning visit with 20,000 customers and their stored history
//   (history_storage.mjs's seed), until the register's rows show and 3 s after.
// The tasks are the page's longtask entries; their samples are matched by time (the
// profile's clock is the system's monotonic clock, placed on the page's by the wall
// clock: a few ms off at most).
// HISTORY_CUSTOMERS makes it smaller (or larger: 100000 NO_HISTORY=1 profiles a
// returning visit with 100,000 customers and no history); TOP the number of functions
// listed per task.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { seedWithHistory, SCHEMA_VERSION } from './history_storage.mjs';
import { importFiles } from './big_import.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const { server, url } = await serve(root, { gzip: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const n = Number(process.env.HISTORY_CUSTOMERS || 20000);
const top = Number(process.env.TOP || 12);

/// The long tasks of a profile: [{ ms, self: [[name, ms]], total: [[name, ms]] }].
/// `entries`: the page's longtask entries ({ start, ms }, performance.now() times) and
/// `toPage` turns the profile's clock (µs, the system's monotonic clock, as node's
/// hrtime) into the page's performance.now(): the samples inside each entry are that
/// task's.
function longTasks(profile, entries, toPage) {
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map();
  for (const nd of profile.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const name = (nd) => `${nd.callFrame.functionName || '(anonymous)'} ${nd.callFrame.url.split('/').pop()}`.trim();
  const tasks = entries.map((e) => ({ ms: e.ms, start: e.start, self: new Map(), total: new Map() }));
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] || 0;
    const t = toPage(at);
    const dt = (profile.timeDeltas[i + 1] || 0) / 1000;
    const cur = tasks.find((k) => t >= k.start && t < k.start + k.ms);
    if (!cur) return;
    const nd = byId.get(id);
    cur.self.set(name(nd), (cur.self.get(name(nd)) || 0) + dt);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const nm = name(byId.get(x));
      if (!seen.has(nm)) { seen.add(nm); cur.total.set(nm, (cur.total.get(nm) || 0) + dt); }
    }
  });
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k.replace(/::h[0-9a-f]{16}/, ''), Math.round(v)]);
  // The app's own functions (inclusive), where the framework's frames say little.
  const own = new RegExp(process.env.OWN || 'keystone::(domain|ui|state|persist)|keystone\\d(domain|ui|state|persist)');
  const mine = (m) => new Map([...m].filter(([k]) => own.test(k)));
  return tasks.map((k) => ({ ms: Math.round(k.ms), self: sorted(k.self), total: sorted(mine(k.total)) }));
}

function report(label, profile, entries, toPage) {
  const tasks = longTasks(profile, entries, toPage);
  console.log(`\n## ${label}: ${tasks.length} task(s) over 50 ms`);
  for (const t of tasks.sort((a, b) => b.ms - a.ms).slice(0, 6)) {
    console.log(`\n### ${t.ms} ms\nself:\n${t.self.map(([k, v]) => `  ${v} ${k}`).join('\n')}\napp's functions, inclusive:\n${t.total.map(([k, v]) => `  ${v} ${k}`).join('\n')}`);
  }
}

async function profiled(page, label, action) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => { window.__tasks = []; });
  await cdp.send('Profiler.start');
  // Wall clock minus monotonic clock (ms), to place the samples on the page's clock.
  const wallMinusMono = Date.now() - Number(process.hrtime.bigint() / 1000n) / 1000;
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const { entries, origin } = await page.evaluate(() => ({ entries: window.__tasks, origin: performance.timeOrigin }));
  const toPage = (us) => us / 1000 + wallMinusMono - origin;
  if (process.env.PROFILE_OUT) fs.writeFileSync(`${process.env.PROFILE_OUT}-${label.replace(/\W+/g, '_')}.cpuprofile`, JSON.stringify(profile));
  report(label, profile, entries, toPage);
}

async function seedRegister(page) {
  await page.goto(url + '#/data');
  await page.getByRole('navigation').first().waitFor();
  await page.evaluate(async ({ n, version }) => {
    const accounts = Array.from({ length: n }, (_, i) => JSON.stringify({
      id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
      revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
    }));
    const records = [['meta', `{"format":"keystone-workspace","schema_version":${version},"app_version":"bench","exported_at":"2026-12-06T00:00:00Z","data":{}}`]];
    const chunks = Math.ceil(n / 2000);
    records.push(['accounts', String(chunks)]);
    for (let c = 0; c < chunks; c++) records.push([`accounts.${String(c).padStart(5, '0')}`, accounts.slice(c * 2000, (c + 1) * 2000).join(',')]);
    const db = await new Promise((resolve) => { const o = indexedDB.open('keystone'); o.onsuccess = () => resolve(o.result); });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('workspace', 'readwrite');
      for (const [k, v] of records) tx.objectStore('workspace').put(v, k);
      tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { n, version: SCHEMA_VERSION });
}

const saved = (page) => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 300000 });
const context = await browser.newContext({ locale: 'en-US' });
const page = await context.newPage();
// Every longtask entry, with its start (the profile's samples are matched to it).
await page.addInitScript(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
});
const mode = process.env.PROFILE || 'import';
if (mode === 'customers') {
  await page.goto(url + '#/import');
  await page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
  await page.waitForTimeout(2500);
  const lines = ['Kundennummer;Kunde;Branche;Umsatz;Deckungsbeitrag'];
  for (let i = 1; i <= n; i++) {
    lines.push(`K-${i};Kunde ${i};Branche ${i % 17};${(5e6 / i).toFixed(2).replace('.', ',')};${(1e6 / i).toFixed(2).replace('.', ',')}`);
  }
  const file = path.join(os.tmpdir(), `kunden-profile-${process.pid}.csv`);
  fs.writeFileSync(file, Buffer.from(lines.join('\r\n'), 'latin1'));
  await profiled(page, 'reading a customer CSV', async () => {
    await page.getByLabel('Choose a CSV or Excel file').setInputFiles(file);
    await page.getByRole('button', { name: new RegExp(`^Import ${n.toLocaleString('en-US')} rows`) }).waitFor({ timeout: 120000 });
    await page.waitForTimeout(300);
  });
  fs.rmSync(file);
} else if (mode.startsWith('big-')) {
  const files = importFiles(n);
  if (process.env.OVER) await seedWithHistory(page, url, n, []);
  const json = mode === 'big-json';
  await page.goto(url + (json ? '#/data' : '#/import'));
  await page.reload();
  await page.getByRole('navigation').first().waitFor();
  await page.waitForTimeout(3000);
  const name = json ? 'Replace workspace with this file' : `Import ${n.toLocaleString('en-US')} rows`;
  await profiled(page, 'reading', async () => {
    await page.getByLabel(json ? 'Choose a file to import' : 'Choose a CSV or Excel file')
      .setInputFiles({ 'big-csv': files.csv, 'big-xlsx': files.sheet, 'big-json': files.json }[mode]);
    await page.waitForFunction((name) => [...document.querySelectorAll('button')]
      .some((b) => b.textContent.trim().startsWith(name) && !b.disabled), name, { timeout: 300000, polling: 100 });
    await page.waitForTimeout(300);
  });
  await profiled(page, 'confirming', async () => {
    await page.getByRole('button', { name }).click();
    await saved(page);
    await page.waitForTimeout(500);
  });
  Object.values(files).forEach((f) => fs.rmSync(f));
} else if (mode === 'import') {
  await seedRegister(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Import sales history (CSV, Excel)' }).waitFor({ timeout: 120000 });
  await page.waitForTimeout(2500);
  const lines = ['Kunde;Jahr;Produktgruppe;Umsatz'];
  for (let i = 1; i <= n; i++) {
    for (let y = 2021; y <= 2025; y++) {
      for (let o = 1; o <= 6; o++) {
        const lost = i % 23 === 0 && y >= 2024;
        const v = lost ? 0 : Math.round((5e6 / Math.pow(i, 1.1)) * (0.6 + 0.1 * ((i * y + o) % 9)) / 6 * 100) / 100;
        lines.push(`Kunde ${String(i).padStart(5, '0')};${y};Angebot ${o};${String(v).replace('.', ',')}`);
      }
    }
  }
  const file = path.join(os.tmpdir(), `historie-profile-${process.pid}.csv`);
  fs.writeFileSync(file, lines.join('\r\n'));
  await page.getByLabel('Choose a sales history file').setInputFiles(file);
  const label = (lines.length - 1).toLocaleString('en-US');
  await page.waitForFunction((name) => [...document.querySelectorAll('button')]
    .some((b) => b.textContent.trim() === name && !b.disabled), `Import ${label} history rows`, { timeout: 900000, polling: 200 });
  fs.rmSync(file);
  await page.waitForTimeout(500);
  await profiled(page, 'confirm', async () => {
    await page.getByRole('button', { name: `Import ${label} history rows` }).click();
    await page.getByText(new RegExp(`^${label} history rows imported`)).waitFor({ timeout: 300000 });
    await saved(page);
    await page.waitForTimeout(300);
  });
  await page.waitForTimeout(1000);
  await profiled(page, 'development page', async () => {
    await page.evaluate(() => { location.hash = '#/development'; });
    await page.locator('table.migration-matrix').waitFor({ timeout: 300000 });
    await page.waitForTimeout(1000);
  });
} else {
  await seedWithHistory(page, url, n, process.env.NO_HISTORY ? [] : undefined);
  await page.goto(url + '#/accounts');
  await profiled(page, 'returning visit', async () => {
    await page.reload();
    await page.locator('table.accounts tbody tr').first().waitFor({ timeout: 180000 });
    await page.waitForTimeout(3000);
  });
  if (mode === 'sort') {
    await page.waitForTimeout(2000);
    await profiled(page, 'sort by industry', async () => {
      await page.locator('table.accounts thead button.sort').nth(1).click();
      await page.waitForTimeout(1000);
    });
  }
  if (mode === 'tick') {
    await page.waitForTimeout(2000);
    await profiled(page, 'tick', async () => {
      await page.getByRole('checkbox', { name: 'Key account: Kunde 00001' }).check();
      await saved(page);
      await page.waitForTimeout(500);
    });
  }
}
await context.close();
await browser.close();
server.close();
