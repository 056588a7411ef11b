// Throwaway probe (not committed): where the longest task of a 20,000-row CSV import is.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const { server, url } = await serve(root, { gzip: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const kind = process.env.KIND || 'csv';
let file;
if (kind === 'csv') {
  const lines = ['Kundennummer;Kunde;Branche;Umsatz;Deckungsbeitrag'];
  for (let i = 1; i <= 20000; i++) lines.push(`K-${i};Kunde ${i};Branche ${i % 17};${(5e6 / i).toFixed(2).replace('.', ',')};${(1e6 / i).toFixed(2).replace('.', ',')}`);
  file = '/tmp/perf26-probe/kunden.csv'; (await import('node:fs')).writeFileSync(file, Buffer.from(lines.join('\r\n'), 'latin1'));
} else {
  const c = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await c.newPage();
  await p.goto(url + '#/data');
  await p.getByRole('navigation').first().waitFor();
  await p.evaluate(async (n) => {
    const accounts = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`, revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)) }));
    const records = [['meta', '{"format":"keystone-workspace","schema_version":7,"app_version":"bench","exported_at":"2026-12-06T00:00:00Z","data":{}}'], ['accounts', '10']];
    for (let k = 0; k < 10; k++) records.push([`accounts.${String(k).padStart(5, '0')}`, accounts.slice(k * 2000, (k + 1) * 2000).join(',')]);
    const db = await new Promise((r) => { const o = indexedDB.open('keystone'); o.onsuccess = () => r(o.result); });
    await new Promise((r) => { const tx = db.transaction('workspace', 'readwrite'); for (const [k, v] of records) tx.objectStore('workspace').put(v, k); tx.oncomplete = r; });
    db.close();
  }, 20000);
  await p.reload();
  await p.getByRole('button', { name: 'Download Excel (.xlsx)' }).waitFor();
  const [d] = await Promise.all([p.waitForEvent('download', { timeout: 120000 }), p.getByRole('button', { name: 'Download Excel (.xlsx)' }).click()]);
  file = '/tmp/perf26-probe/kunden.xlsx';
  await d.saveAs(file);
  await c.close();
}
const context = await browser.newContext({ locale: 'en-US' });
const page = await context.newPage();
await page.addInitScript(() => {
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' });
  window.__marks = [];
  new MutationObserver(() => {
    const t = Math.round(performance.now());
    const s = [...document.querySelectorAll('[role=status], progress, table.mapping, button')].map((e) => (e.textContent || '').slice(0, 40)).join('|');
    if (window.__last !== s) { window.__last = s; window.__marks.push([t, s.slice(0, 200)]); }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
});
await page.goto(url + '#/import');
await page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
await page.waitForTimeout(2500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.evaluate(() => { window.__tasks = []; window.__marks = []; window.__t0 = performance.now(); });
const nowAtStart = await page.evaluate(() => performance.now());
await cdp.send('Profiler.start');
await page.getByLabel('Choose a CSV or Excel file').setInputFiles(file);
await page.getByRole('button', { name: /^Import 20,?000 rows/ }).waitFor({ timeout: 120000 });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const { tasks, marks } = await page.evaluate(() => ({ tasks: window.__tasks, marks: window.__marks }));
console.log('tasks', JSON.stringify(tasks));
for (const m of marks) console.log('mark', m[0], m[1].slice(0, 150));
// self time per function within the longest task
const longest = tasks.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
if (process.env.TASK) { longest[0] = tasks[Number(process.env.TASK)][0]; longest[1] = tasks[Number(process.env.TASK)][1]; }
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
let t = profile.startTime; // microseconds, same clock as performance.timeOrigin-based? use relative
const self = new Map(); const incl = new Map();
// map profile time to page time: find offset by matching first sample ~ t0; approximate by using timeDeltas and comparing to longest-task window relative to profile start
const samples = profile.samples; const deltas = profile.timeDeltas;
const pageStart = await page.evaluate(() => performance.timeOrigin);
for (let i = 0; i < samples.length; i++) {
  t += deltas[i];
  const ms = (t - profile.startTime) / 1000 + nowAtStart; // profile time is in monotonic us; try as epoch
  const inTask = process.env.ALL || (ms >= longest[0] && ms <= longest[0] + longest[1]);
  if (!inTask) continue;
  const n = byId.get(samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(key, (self.get(key) || 0) + deltas[i] / 1000);
  const seen = new Set(); let id = samples[i];
  while (id !== undefined) { const m = byId.get(id); const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) || 0) + deltas[i] / 1000); seen.add(k); } id = parent.get(id); }
}
console.log('profile start', profile.startTime, 'timeOrigin', pageStart);
console.log('SELF', [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
console.log('INCL', [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
await browser.close(); server.close();
