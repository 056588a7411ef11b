// End-to-end journeys against the built site (dist/) in Debian's Chromium.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';
import { KeystoneApp } from './app.mjs';
import { pdfText, accessibilityViolations, launchBrowser, openPage } from './harness.mjs';
import { resultCode } from './share-codes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../dist');
let browser, server, baseUrl, context, page, app, problems;

before(async () => {
  ({ server, url: baseUrl } = await serve(root));
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.close(); });

beforeEach(async () => {
  // Without the service worker: request interception (page.route) and resource timing
  // see every fetch only then. The offline journeys below allow it.
  problems = [];
  ({ context, page } = await openPage(browser, baseUrl, problems));
  app = new KeystoneApp(page, baseUrl);
});
afterEach(async () => {
  await context.close();
  assert.deepEqual(problems, [], 'no console errors, warnings or external requests');
});

test('first visit offers the sample; the Pareto page shows a chart; every page loads cleanly', async () => {
  await app.goto();
  // Room for every chunk's timing entry (the default of 250 fills up with the prefetch).
  await page.evaluate(() => performance.setResourceTimingBufferSize(5000));
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();
  await app.loadSample();
  assert.match(await app.count().textContent(), /200 of 200 accounts/);
  // Pages without a chart do not download ECharts; the first chart loads it.
  const loadedCharts = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('echarts')));
  assert.equal(await loadedCharts(), false);
  await app.nav('Pareto / ABC').click();
  await page.waitForURL(/#\/pareto$/);
  const chart = page.getByRole('img', { name: /Pareto chart/ });
  await chart.locator('canvas').waitFor();
  assert.equal(await loadedCharts(), true);
  assert.match(await page.locator('.headline').textContent(), /% of customers \(\d+\) make .*% of revenue/);
  // The class table has A, B and C.
  for (const c of ['A', 'B', 'C']) await page.locator('table.summary').getByText(c, { exact: true }).waitFor();
  // Clicking the first (largest) bar opens that account: the plot starts 70 px in
  // (grid.left) and 200 bars share its width.
  const box = await chart.boundingBox();
  const slot = (box.width - 70 - 56) / 200;
  await page.mouse.click(box.x + 1 + 70 + slot / 2, box.y + box.height - 45);
  await page.waitForURL(/#\/accounts\/\d+$/);
  // The largest account is a key account: it opens on its own page.
  await page.getByRole('heading', { name: 'Alpentec GmbH', level: 1 }).waitFor();
  // The other pages, by link and by reload.
  await app.nav('Import / export').click();
  await page.getByRole('heading', { name: 'Import and export' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Import and export' }).waitFor();
  await app.goto('#/pareto');
  await page.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
  // A link to a page that does not exist says so and shows the register.
  await app.goto('#/nowhere');
  await page.getByRole('alert').filter({ hasText: 'There is no page at this address' }).waitFor();
  assert.match(await app.count().textContent(), /200 of 200/);
});

test('an added account survives a reload; German numbers and the language switch', async () => {
  await app.goto();
  await page.getByRole('link', { name: 'Add account' }).first().click();
  // The domain's rules, translated: a blank name, a negative potential, a bad year.
  await page.getByLabel('Name').fill('   ');
  await page.getByLabel('Revenue').fill('not a number');
  await page.getByLabel('Potential').fill('-5');
  await page.getByLabel('Customer since').fill('1492');
  await app.button('Save').click();
  await page.getByText('“not a number” is not a number').waitFor();
  await page.getByText('Name is empty.').waitFor();
  await page.getByText('Potential is negative.').waitFor();
  await page.getByText('Customer since is not a year between 1800 and 2200.').waitFor();
  await page.getByLabel('Name').fill('Testkunde Nord GmbH');
  await page.getByLabel('Customer since').fill('');
  await page.getByLabel('Revenue').fill('1,234,567.5');
  await page.getByLabel('Potential').fill('2,469,135');
  assert.equal(await page.getByRole('status', { name: 'Share of wallet' }).textContent().catch(() => null) ?? await page.locator('output').textContent(), '50.0\u00a0%');
  await page.getByLabel('Key account').check();
  await app.button('Save').click();
  await page.waitForURL(/#\/accounts$/);
  await app.search('Testkunde');
  await app.rows().first().getByRole('link', { name: 'Testkunde Nord GmbH' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Key account: Testkunde Nord GmbH' }).isChecked(), true);
  await app.waitSaved();
  await page.reload();
  await app.rows().first().waitFor();
  assert.match(await app.rows().first().textContent(), /Testkunde Nord GmbH.*1,234,567\.50/);
  // German: the UI, the numbers, and the choice survives a reload.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await app.nav('Kunden').waitFor();
  assert.match(await app.rows().first().textContent(), /1\.234\.567,50/);
  await page.reload();
  await app.nav('Kunden').waitFor();
  // Edit in German notation: a key account opens on its overview; the form is a tab.
  await page.getByRole('link', { name: 'Testkunde Nord GmbH' }).click();
  await page.getByRole('heading', { name: 'Testkunde Nord GmbH', level: 1 }).waitFor();
  await page.getByRole('navigation', { name: 'Bereiche dieses Key Accounts' }).getByRole('link', { name: 'Stammdaten' }).click();
  await page.getByLabel('Umsatz').fill('2.000,25');
  await app.button('Speichern').click();
  await page.waitForURL(/#\/accounts$/);
  assert.match(await app.rows().first().textContent(), /2\.000,25/);
});

test('delete can be undone; filters and sorting work', async () => {
  await app.goto();
  await app.loadSample();
  const first = (await app.rows().first().locator('th').textContent()).trim();
  await app.deleteAccount(first);
  assert.match(await app.count().textContent(), /199 of 199/);
  await app.button('Undo').click();
  assert.match(await app.count().textContent(), /200 of 200/);
  await page.getByLabel('Key accounts').selectOption('only');
  assert.match(await app.count().textContent(), /^7 of 200/);
  await page.getByLabel('ABC class').selectOption('C');
  await page.getByLabel('Key accounts').selectOption('all');
  const cCount = Number((await app.count().textContent()).split(' ')[0]);
  assert.ok(cCount > 50 && cCount < 200, `C class has ${cCount}`);
  await page.getByRole('button', { name: 'Name' }).click();
  const names = await page.locator('table.accounts tbody th').allTextContents();
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  // Equal values are ordered by name, in the column's direction.
  const byIndustry = async () => {
    const rows = app.rows();
    const industries = (await rows.locator('td:nth-of-type(1)').allTextContents()).map((t) => t.trim());
    const names = (await rows.locator('th').allTextContents()).map((t) => t.trim());
    return industries.map((industry, i) => [industry, names[i]]);
  };
  const tiesInOrder = (rows, descending) => rows.every(([industry, name], i) => {
    if (i === 0 || rows[i - 1][0] !== industry) return true;
    return descending ? rows[i - 1][1] >= name : rows[i - 1][1] <= name;
  });
  await page.getByRole('button', { name: 'Industry' }).click();
  await page.getByRole('button', { name: 'Industry ▲' }).waitFor();
  const up = await byIndustry();
  assert.ok(up.some(([industry], i) => i > 0 && up[i - 1][0] === industry), 'the page has equal industries');
  assert.ok(tiesInOrder(up, false), JSON.stringify(up));
  await page.getByRole('button', { name: 'Industry ▲' }).click();
  await page.getByRole('button', { name: 'Industry ▼' }).waitFor();
  assert.ok(tiesInOrder(await byIndustry(), true), JSON.stringify(await byIndustry()));
  // A customer without an industry comes last in both directions, as a blank figure does.
  await page.getByRole('link', { name: 'Add account' }).first().click();
  await page.getByLabel('Name').fill('Aaa ohne Branche');
  await page.getByLabel('Revenue').fill('10');
  await app.button('Save').click();
  await page.waitForURL(/#\/accounts$/);
  await app.search('Aaa ohne Branche');
  assert.match(await app.count().textContent(), /^1 of 201/);
  await app.search('');
  for (const arrow of ['▲', '▼']) {
    const header = page.getByRole('button', { name: /^Industry/ });
    while (!(await header.textContent()).includes(arrow)) await header.click();
    assert.notEqual((await app.rows().first().locator('th').textContent()).trim(), 'Aaa ohne Branche', arrow);
    await page.getByRole('button', { name: 'Last page' }).click();
    await page.locator('.pager').getByText(/^Page ([\d,]+) of \1$/).waitFor();
    assert.equal((await app.rows().last().locator('th').textContent()).trim(), 'Aaa ohne Branche', arrow);
  }
});

test('export, clear, import: the workspace is back; a bad file changes nothing', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  await app.nav('Import / export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Export workspace').click()]);
  assert.match(download.suggestedFilename(), /^keystone-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ks-')), download.suggestedFilename());
  await download.saveAs(file);
  const exportedText = fs.readFileSync(file, 'utf8');
  assert.match(exportedText, /^\{\n  "format": "keystone-workspace",\n/, 'indented for people reading it');
  const exported = JSON.parse(exportedText);
  assert.equal(exported.format, 'keystone-workspace');
  assert.equal(exported.schema_version, 8);
  assert.equal(Object.keys(exported.data.key_accounts).length, 6, 'the sample carries role histories');
  assert.equal(exported.data.assessments.length, 6, 'the sample carries self-assessments');
  assert.ok(Object.keys(exported.data.value_model.ratings).length > 20, 'the sample carries its ratings');
  assert.equal(exported.data.accounts.length, 200);

  // The workspace name is a setting of its own; it travels with the file.
  await page.getByLabel('Workspace name').fill('Nordwerk <Test>');
  await page.getByLabel('Workspace name').press('Enter');
  await app.waitStored((text) => text.includes('"name":"Nordwerk <Test>"'));
  await app.button('Clear workspace').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('Remove all 200 accounts?').waitFor();
  // Escape keeps everything; the dialog's own "Clear workspace" clears.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await app.button('Clear workspace').click();
  await dialog.getByRole('button', { name: 'Clear workspace' }).click();
  await page.getByText('There is no backup yet').waitFor({ state: 'detached' });
  await app.nav('Accounts').click();
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();

  await app.nav('Import / export').click();
  // A bad file: refused with the reason, nothing changes (compared with the cleared
  // workspace once its save has landed: a history in chunks saves in batches).
  const before = await app.waitStored((t) => JSON.parse(t).data.accounts.length === 0);
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "keystone-workspace", ') });
  await page.getByRole('alert').filter({ hasText: '“broken.json” was not imported: it is not valid JSON' }).waitFor();
  const wrong = { ...exported, data: { accounts: [{ id: 1, name: 'X', revenue: 'viel' }] } };
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await page.getByRole('alert').filter({ hasText: 'field “revenue” of account 1 (“X”) is not a number' }).waitFor();
  assert.equal(await app.storage('keystone.workspace'), before);

  // The good file: summary, then replace after confirmation.
  await page.getByLabel('Choose a file to import').setInputFiles(file);
  await page.getByText(/200 accounts \(7 key accounts\), exported/).waitFor();
  await app.button('Replace workspace with this file').click();
  await app.nav('Accounts').click();
  assert.match(await app.count().textContent(), /200 of 200/);
  await app.waitSaved();
  await page.reload();
  assert.match(await app.count().textContent(), /200 of 200/);

  // Drag and drop works like the picker; the replaced workspace becomes the backup.
  const small = { ...exported, data: { accounts: [{ id: 5, name: 'Gezogen KG', revenue: 10 }] } };
  await app.nav('Import / export').click();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(small));
  await page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
  await page.getByText(/“dropped.json”: 1 accounts/).waitFor();
  await app.button('Replace workspace with this file').click();
  await page.getByText(/before the last import, sample load or clearing: 200 accounts/).waitFor();
  await app.button('Restore backup').click();
  await page.getByText(/before the last import, sample load or clearing: 1 accounts/).waitFor();
  await app.nav('Accounts').click();
  assert.match(await app.count().textContent(), /200 of 200/);
});

test('thresholds and measure change the classes; 20,000 accounts stay usable', async () => {
  const accounts = Array.from({ length: 20000 }, (_, i) => ({
    id: i + 1, name: `Kunde ${String(i + 1).padStart(5, '0')}`,
    revenue: Math.round(5e6 / Math.pow(i + 1, 1.1)), contribution_margin: Math.round(1e6 / (i + 1)),
  }));
  const file = { format: 'keystone-workspace', schema_version: 1, app_version: 'test', exported_at: '2026-11-21T08:00:00Z', data: { accounts } };
  await app.goto('#/data');
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByText(/20,000 accounts/).waitFor();
  await app.button('Replace workspace with this file').click();
  await app.waitSaved();
  await app.nav('Pareto / ABC').click();
  await page.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
  await page.getByText('20,000 accounts: each bar stands for 67 consecutive accounts').waitFor();
  const headline = () => page.locator('.headline').textContent();
  const before = await headline();
  await page.getByLabel('A threshold (cumulative %)').fill('50');
  await page.getByLabel('A threshold (cumulative %)').press('Enter');
  await page.waitForFunction((b) => document.querySelector('.headline').textContent !== b, before);
  assert.match(await headline(), /make 50\.\d\s% of revenue/);
  await page.getByLabel('B threshold (cumulative %)').fill('40');
  await page.getByLabel('B threshold (cumulative %)').press('Enter');
  await page.getByRole('alert').filter({ hasText: 'The A threshold must be a number above 0' }).waitFor();
  // The inputs name the error, so a screen reader reads it with the field.
  assert.match(await page.getByLabel('B threshold (cumulative %)').getAttribute('aria-describedby'), /abc-threshold-error/);
  assert.match(await page.locator('#abc-threshold-error').textContent(), /not above the B threshold/);
  // Invalid thresholds show no (stale) results until they are valid again.
  await page.locator('.headline').waitFor({ state: 'detached' });
  await page.getByLabel('B threshold (cumulative %)').fill('95');
  await page.getByLabel('B threshold (cumulative %)').press('Enter');
  await page.locator('.headline').waitFor();
  await page.getByLabel('Measure').selectOption('contribution_margin');
  await page.getByText(/of contribution margin\./).waitFor();
  // The setting is part of the workspace and survives a reload.
  await app.waitSaved();
  await page.reload();
  assert.match(await headline(), /make 50\.\d\s% of contribution margin/);
  await app.nav('Accounts').click();
  assert.match(await app.count().textContent(), /20,000 of 20,000/);
  await app.search('Kunde 19999');
  assert.match(await app.count().textContent(), /^1 of 20,000/);
});

test('a corrupt stored workspace is kept, explained and never overwritten', async () => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('keystone.workspace', '{"format":"keystone-workspace","schema_version":1,"data":{"accounts":[{"id":1,"name":"Alt","revenue":"kaputt"}]}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await app.goto();
  await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
  // Working on meanwhile does not write over the stored text (nothing is saved, so
  // loadSample's wait for "All changes saved" does not apply).
  await app.button('Load sample workspace').click();
  await app.rows().first().waitFor();
  await page.waitForTimeout(1000);
  const stored = await app.storage('keystone.workspace');
  assert.match(stored, /kaputt/);
  await page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
  assert.equal(await app.storage('keystone.workspace.unreadable'), stored);
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download the stored data').click()]);
  assert.match(download.suggestedFilename(), /^keystone-unreadable-/);
});

test('a tab that is behind does not overwrite another tab\'s newer data', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const other = await context.newPage();
  await other.goto(baseUrl);
  const otherApp = new KeystoneApp(other, baseUrl);
  await otherApp.rows().first().waitFor();
  // Tab 2 deletes an account and saves.
  const victim = (await otherApp.rows().first().locator('th').textContent()).trim();
  await otherApp.deleteAccount(victim);
  await otherApp.waitSaved();
  // Tab 1 (behind, with nothing unsaved) picks the newer data up.
  await page.getByText('Updated with changes from another tab.').waitFor();
  assert.match(await app.count().textContent(), /199 of 199/);
  // Tab 1 is typing a name it has not committed yet: a save in tab 2 does not wipe the
  // text; tab 1 is asked instead.
  await app.nav('Import / export').click();
  await page.getByLabel('Workspace name').fill('Typed in tab one');
  await otherApp.search('');
  const next = (await otherApp.rows().first().locator('th').textContent()).trim();
  await otherApp.deleteAccount(next);
  await otherApp.waitSaved();
  await page.getByText('This workspace was changed in another tab.').waitFor();
  assert.equal(await page.getByLabel('Workspace name').inputValue(), 'Typed in tab one');
  await other.close();
});

test('names from files are shown as text, in tables and chart tooltips alike', async () => {
  const evil = '<img src=x onerror="window.__xss=1">';
  const file = {
    format: 'keystone-workspace', schema_version: 1, app_version: 'test', exported_at: '2026-11-21T08:00:00Z',
    data: { accounts: [
      { id: 1, name: evil, revenue: 900000 },
      { id: 2, name: 'Zweite GmbH', revenue: 100000 },
    ] },
  };
  await app.goto('#/data');
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.button('Replace workspace with this file').click();
  await app.nav('Accounts').click();
  await page.getByRole('link', { name: evil }).waitFor();
  await app.nav('Pareto / ABC').click();
  const chart = page.getByRole('img', { name: /Pareto chart/ });
  await chart.locator('canvas').waitFor();
  const box = await chart.boundingBox();
  // Hover the first bar (left half of the plot area), where the tooltip shows its name.
  await page.mouse.move(box.x + 70 + (box.width - 126) / 4, box.y + box.height - 45);
  const tooltip = page.getByText('<img src=x', { exact: false });
  await tooltip.first().waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
});

test('charts speak German, offer their data as a table, and report clicks per series', async () => {
  await app.goto();
  await app.loadSample();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await app.nav('Pareto / ABC').click();
  const chart = page.getByRole('img', { name: /Pareto-Diagramm/ });
  await chart.locator('canvas').waitFor();
  // The labels ECharts drew on the revenue axis, read from the instance.
  const labels = await page.evaluate(() => {
    const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
    const axis = inst.getModel().getComponent('yAxis', 0).axis;
    const pct = inst.getModel().getComponent('yAxis', 1).axis;
    return { revenue: axis.getViewLabels().map((l) => l.formattedLabel), percent: pct.getViewLabels().map((l) => l.formattedLabel) };
  });
  assert.ok(labels.revenue.some((l) => /^\d{1,3}(\.\d{3})+$/.test(l)), `German grouping: ${labels.revenue}`);
  assert.ok(labels.revenue.every((l) => !l.includes(',')), `no English grouping: ${labels.revenue}`);
  assert.ok(labels.percent.includes('100\u00a0%'), `percent axis: ${labels.percent}`);
  // The same data as a table, with German numbers.
  await page.getByRole('button', { name: 'Als Tabelle zeigen' }).click();
  const table = page.locator('.chart-table table');
  await table.getByRole('cell', { name: 'Alpentec GmbH' }).waitFor();
  assert.match(await table.locator('tbody tr').first().textContent(), /^1Alpentec GmbH[\d.]+\d{1,3},\d\s%A$/);
  assert.equal(await table.locator('tbody tr').count(), 200);
  await page.getByRole('button', { name: 'Tabelle ausblenden' }).click();
  await table.waitFor({ state: 'detached' });
  // A click on the line (series 1) opens nothing; a click on a bar (series 0) does.
  const box = await chart.boundingBox();
  const slot = (box.width - 70 - 56) / 200;
  await page.mouse.click(box.x + 1 + 70 + slot / 2, box.y + box.height - 45);
  await page.waitForURL(/#\/accounts\/\d+$/);
});

test('a page whose chunk cannot be loaded says so and loads on retry', async () => {
  let block = true;
  await page.route(/split_pareto-[0-9a-f]+\.wasm$/, (route) => (block ? route.abort() : route.continue()));
  await app.goto();
  await app.loadSample();
  await app.nav('Pareto / ABC').click();
  await page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).waitFor();
  block = false;
  await app.button('Try again').click();
  await page.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
  // The loader reports each failed fetch on the console; those are expected here.
  problems = problems.filter((p) => !/split_pareto|Failed to fetch|net::ERR_FAILED|TypeError/.test(p));
});

test('a returning visit decodes storage in its own chunk; if that chunk fails, nothing is touched', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const stored = await app.storage('keystone.workspace');
  await page.route(/split_decode-[0-9a-f]+\.wasm$/, (route) => route.abort());
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'Keystone could not start' }).waitFor();
  assert.equal(await app.storage('keystone.workspace'), stored);
  await page.unroute(/split_decode-[0-9a-f]+\.wasm$/);
  await page.reload();
  await app.rows().first().waitFor();
  assert.equal(await app.storage('keystone.workspace'), stored);
  problems = problems.filter((p) => !/split_decode|Failed to fetch|net::ERR_FAILED|TypeError/.test(p));
});

test('other pages are fetched while the browser is idle, so they open without a wait', async () => {
  await app.goto();
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();
  await page.waitForFunction(() => ['split_data', 'split_pareto', 'split_account_form']
    .every((n) => performance.getEntriesByType('resource').some((e) => e.name.includes(n))));
  // The start page itself needed none of them: they came after it was shown.
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!entries.some((n) => n.includes('echarts')), 'ECharts waits for the first chart');
});

test('a link straight to a chart page fetches other pages only once its chart is drawn', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  // A returning visit by a shared link, straight to the Pareto page.
  const other = await context.newPage();
  await other.addInitScript(() => {
    window.__drawn = 0;
    new MutationObserver(() => {
      if (!window.__drawn && document.querySelector('div.chart canvas')) window.__drawn = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await other.goto(baseUrl + '#/pareto');
  await other.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
  await other.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('split_data')));
  const { drawn, starts } = await other.evaluate(() => ({
    drawn: window.__drawn,
    starts: performance.getEntriesByType('resource')
      .filter((e) => /split_(data|account_form|value|portfolio|key_accounts)/.test(e.name))
      .map((e) => e.startTime),
  }));
  assert.ok(drawn > 0 && starts.length > 0, 'the chart was drawn and other pages were prefetched');
  assert.ok(starts.every((t) => t >= drawn), `other pages were fetched before the chart was drawn (${drawn} ms): ${starts}`);
  await other.close();
});

test('value model: weights reorder the ranking, keyboard ratings move score and bubble, proposals set the flag', async () => {
  await app.goto();
  await app.loadSample();
  await app.nav('Value model').click();
  await page.getByRole('heading', { name: 'Customer value model' }).waitFor();
  const ranking = page.locator('table.ranking tbody tr');
  await ranking.first().waitFor();
  const order = async () => (await ranking.locator('th').allTextContents()).slice(0, 10).join('|');
  const before = await order();
  // A weight change re-ranks at once.
  const weights = page.getByRole('group', { name: 'Weights in the value model' });
  await weights.getByLabel('Revenue', { exact: true }).fill('0');
  await weights.getByLabel('Revenue', { exact: true }).press('Enter');
  await page.getByText(/The weights add up to 80/).waitFor();
  await page.waitForFunction((b) => {
    const names = [...document.querySelectorAll('table.ranking tbody tr th')].slice(0, 10).map((e) => e.textContent);
    return names.join('|') !== b;
  }, before);
  await weights.getByRole('button', { name: 'Scale to 100 %' }).click();
  await page.getByText('Sum of weights: 100.0 %').waitFor();

  // Rate with the keyboard alone: a digit sets, arrows move, Delete clears.
  const firstRow = page.locator('table.rating-grid tbody tr').first();
  const account = (await firstRow.locator('th').textContent()).trim();
  const scoreOf = async () => (await ranking.filter({ has: page.getByRole('link', { name: account, exact: true }) }).locator('td').nth(1).textContent());
  const scoreBefore = await scoreOf();
  const barriers = page.getByRole('slider', { name: `Barriers: ${account}` });
  await barriers.focus();
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  assert.equal(await barriers.getAttribute('aria-valuenow'), '10');
  await page.keyboard.press('ArrowLeft');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.equal(focused, `Openness to joint growth: ${account}`);
  await page.keyboard.press('Delete');
  assert.equal(await page.getByRole('slider', { name: focused }).getAttribute('aria-valuetext'), 'not rated');
  // A cleared rating makes the score incomplete (ranked after the complete ones),
  // never a silent 0.
  const total = (await firstRow.locator('td').last().textContent()).match(/^(\d+) of (\d+)$/)[2];
  await firstRow.locator('td').last().filter({ hasText: `${total - 1} of ${total}` }).waitFor();
  const waitScore = (re) => page.waitForFunction(([name, src]) => {
    const row = [...document.querySelectorAll('table.ranking tbody tr')].find((r) => r.querySelector('th')?.textContent === name);
    return row && new RegExp(src).test(row.querySelectorAll('td')[1].textContent);
  }, [account, re.source]);
  // Rating it again gives a score, lower than before: barriers went from 3 to 10.
  await page.keyboard.press('5');
  await firstRow.locator('td').last().filter({ hasText: `${total} of ${total}` }).waitFor();
  await waitScore(/^\d+\.\d$/);
  const scoreAfter = await scoreOf();
  assert.ok(Number(scoreAfter) < Number(scoreBefore), `${scoreAfter} < ${scoreBefore}`);

  // The bubble follows a rating: strategic fit is on the attractiveness axis.
  const bubble = () => page.evaluate((name) => {
    const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
    for (const s of inst.getOption().series) {
      const d = (s.data || []).find((d) => d.name === name && d.value[3] > 0);
      if (d) return d.value.slice(0, 2);
    }
    return null;
  }, account);
  const showPortfolio = async () => {
    await app.nav('Portfolio').click();
    await page.getByRole('img', { name: /^Portfolio: \d+ accounts/ }).locator('canvas').waitFor();
  };
  await showPortfolio();
  const [x0, y0] = await bubble();
  await app.nav('Value model').click();
  const fit = page.getByRole('slider', { name: `Strategic / philosophy fit: ${account}` });
  const fitBefore = Number(await fit.getAttribute('aria-valuenow'));
  await fit.focus();
  await page.keyboard.press(fitBefore >= 5 ? '0' : '9');
  await showPortfolio();
  await page.waitForFunction(([name, y]) => {
    const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
    return inst.getOption().series.some((s) => (s.data || []).some((d) => d.name === name && d.value[3] > 0 && d.value[1] !== y));
  }, [account, y0]);
  const [x1, y1] = await bubble();
  assert.equal(x1, x0, 'supplier position unchanged');
  assert.ok(fitBefore >= 5 ? y1 < y0 : y1 > y0, `attractiveness moved: ${y0} -> ${y1}`);

  // Accept a proposal: the account becomes a key account in the register.
  await app.nav('Value model').click();
  await ranking.first().waitFor();
  const scoreNow = await scoreOf();
  assert.notEqual(scoreNow, scoreAfter, 'strategic fit counts in the value model too');
  await page.getByLabel('Key-account cut-off (score)').fill('40');
  await page.getByLabel('Key-account cut-off (score)').press('Enter');
  const proposed = ranking.filter({ hasText: 'make key account' }).first();
  await proposed.waitFor();
  const candidate = (await proposed.locator('th').textContent()).trim();
  await page.getByRole('button', { name: `Accept proposal for ${candidate}` }).click();
  await page.getByText(`${candidate} is now a key account.`).waitFor();
  // The focus stays in the ranking: on the next proposal's button or the ranking's heading.
  await page.waitForFunction(() => {
    const a = document.activeElement;
    return a && a !== document.body && (a.closest('td.proposal') || a.id === 'ranking-heading');
  });
  await app.waitSaved();
  await app.nav('Accounts').click();
  await app.search(candidate);
  assert.equal(await page.getByRole('checkbox', { name: `Key account: ${candidate}`, exact: true }).isChecked(), true);

  // Reload keeps ratings, weights, cut-off and the decision; German labels the same data.
  await page.reload();
  await app.nav('Value model').click();
  await page.getByRole('heading', { name: 'Customer value model' }).waitFor();
  assert.equal(await page.getByLabel('Key-account cut-off (score)').inputValue(), '40');
  assert.equal(await page.getByRole('slider', { name: `Barriers: ${account}` }).getAttribute('aria-valuenow'), '10');
  assert.equal(await scoreOf(), scoreNow);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Kundenwertmodell' }).waitFor();
  await page.getByRole('slider', { name: `Barrieren: ${account}` }).waitFor();
  const row = ranking.filter({ has: page.getByRole('link', { name: candidate, exact: true }) });
  assert.match(await row.textContent(), /ja/);
  assert.equal(await scoreOf(), scoreNow.replace('.', ','));
});

test('every page passes axe-core\'s WCAG 2.1 A/AA rules, empty and with the sample, in English and German', async () => {
  const pages = [
    ['', 'heading', /Accounts|Kunden/],
    ['#/accounts/new', 'heading', /New account|Neuer Kunde/],
    ['#/whitespace', 'heading', /Whitespace/],
    ['#/pareto', 'heading', /Pareto/],
    ['#/development', 'heading', /Development over time|Entwicklung über die Zeit/],
    ['#/value', 'heading', /value model|Kundenwert/],
    ['#/portfolio', 'heading', /portfolio/i],
    ['#/data', 'heading', /Import|Export/],
    ['#/import', 'heading', /customer list|Kundenliste/],
    ['#/assessment', 'heading', /self-assessment|Selbsteinschätzung/],
    ['#/assessment/compare', 'heading', /self-assessment|Selbsteinschätzung/],
    ['#/assessment/workshop', 'heading', /self-assessment|Selbsteinschätzung/],
    [`#/assessment/shared/${resultCode({ levels: [3, 2, 4, 1, 5, 3, 2, 4, 3, 3, 2, 1], respondent: 'Anna Berg', workshop: 'Kick-off' })}`, 'heading', /self-assessment|Selbsteinschätzung/],
    ['#/assessment/join/AAAAAAAA', 'heading', /invitation|Einladung/],
  ];
  const check = async (label) => {
    for (const [hash, role, name] of pages) {
      await page.goto(baseUrl + hash);
      await page.getByRole(role, { name, level: 1 }).first().waitFor();
      // Let charts draw and idle prefetches finish before checking.
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await accessibilityViolations(page), [], `${label} ${hash || '#/'}`);
    }
  };
  await app.goto();
  await check('empty');
  await app.goto();
  await app.loadSample();
  const first = await page.locator('table.accounts tbody tr th a').first().getAttribute('href');
  pages.push([first, 'heading', /Alpentec/]);
  pages.push([`${first}/roles`, 'heading', /Alpentec/]);
  pages.push([`${first}/profile`, 'heading', /Alpentec/]);
  pages.push([`${first}/scorecard`, 'heading', /Alpentec/]);
  pages.push([`${first}/plan`, 'heading', /Alpentec/]);
  pages.push([`${first}/stakeholders`, 'heading', /Alpentec/]);
  pages.push([`${first}/whitespace`, 'heading', /Alpentec/]);
  pages.push([`${first}/report`, 'heading', /Alpentec/]);
  pages.push([`${first}/client-report`, 'heading', /Alpentec/]);
  pages.push(['#/report', 'heading', /portfolio report|Portfoliobericht/]);
  pages.push([`${first}/edit`, 'heading', /Alpentec GmbH – (Master data|Stammdaten)/]);
  pages.push(['#/key-accounts', 'heading', /Key accounts|Key Accounts/]);
  await check('sample');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await check('German');
});

test('key accounts: role steps, the ladder, an overdue target, the movement chart, reload, German', async () => {
  await app.goto();
  await app.loadSample();
  await app.nav('Key accounts').click();
  await page.getByRole('heading', { name: 'Key accounts', level: 1 }).waitFor();
  const table = page.locator('table.key-accounts tbody tr');
  assert.equal(await table.count(), 7);
  // Sortable: by name ascending puts Alpentec first.
  await page.getByRole('button', { name: 'Account' }).click();
  assert.match(await table.first().locator('th').textContent(), /^Alpentec/);
  // The key account without any role entry is listed, and so is this year's move.
  const without = page.getByRole('heading', { name: 'Key accounts without any role entry' }).locator('xpath=following-sibling::ul[1]');
  const name = (await without.locator('li').first().textContent()).trim();
  await page.locator('ul.moves').getByText(/up: Regular supplier → Preferred supplier/).waitFor();
  // Its page says what needs attention; the role section adds two steps.
  await without.getByRole('link', { name }).click();
  await page.getByRole('heading', { name: `${name} – Supplier role` }).waitFor();
  await page.getByText('No entries yet. Add the first step below.').first().waitFor();
  const roles = page.getByRole('region', { name: 'Supplier-role ladder' });
  await roles.getByLabel('Date of the step').fill('2025-01-15');
  await roles.getByLabel('Step', { exact: true }).selectOption({ label: 'Occasional supplier' });
  await roles.getByLabel('Note (what earned or lost the step)').fill('Erstauftrag <b>Pilot</b>');
  await roles.getByRole('button', { name: 'Add step' }).click();
  await roles.getByLabel('Date of the step').fill('2026-03-01');
  await roles.getByLabel('Step', { exact: true }).selectOption({ label: 'Regular supplier' });
  await roles.getByRole('button', { name: 'Add step' }).click();
  const ladder = roles.getByRole('list', { name: 'Supplier-role ladder' });
  await ladder.getByText(/Regular supplier \(current, since 2026-03-01\)/).waitFor();
  await roles.locator('table.history').getByText('↑ step up').waitFor();
  await roles.getByText('Erstauftrag <b>Pilot</b>').waitFor();
  // A target in the past that is not reached: a warning.
  await roles.getByLabel('Target step').selectOption({ label: 'Preferred supplier' });
  await roles.getByLabel('Target date').fill('2026-06-30');
  await roles.getByLabel('Target date').dispatchEvent('change');
  await roles.getByRole('alert').filter({ hasText: 'The target “Preferred supplier” was due on 2026-06-30 and is not reached.' }).waitFor();
  // The timeline chart draws.
  await page.getByRole('img', { name: new RegExp(`Timeline of ${name}`) }).locator('canvas').waitFor();
  // The overview lists the overdue target.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByText('The role target “Preferred supplier” was due on 2026-06-30 and is not reached.').waitFor();
  // The key accounts page: no longer without a role, the chart's last period counts it.
  await app.nav('Key accounts').click();
  await page.getByText('Every key account has a role entry.').waitFor();
  await page.getByRole('button', { name: 'Show as table' }).click();
  const last = page.locator('.chart-table table tbody tr').last();
  // Period, occasional, regular, preferred, system partner, no entry.
  assert.deepEqual((await last.locator('td, th').allTextContents()).slice(1), ['0', '3', '3', '1', '0']);
  await page.locator('ul.moves').getByText(new RegExp(`${name}`)).waitFor();
  await app.waitSaved();
  // Reload keeps everything; German names the same steps.
  await page.reload();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Key Accounts', level: 1 }).waitFor();
  const row = page.locator('table.key-accounts tbody tr').filter({ hasText: name });
  assert.match(await row.textContent(), /Standardlieferant/);
  assert.match(await row.textContent(), /Vorzugslieferant bis 30\.06\.2026/);
  assert.match(await row.textContent(), /überfällig/);
});

test('requirement profile with two competitors, a KPI turning red on the scorecard, overview and key accounts, reload', async () => {
  await app.goto();
  await app.loadSample();
  await app.nav('Key accounts').click();
  const without = page.getByRole('heading', { name: 'Key accounts without any role entry' }).locator('xpath=following-sibling::ul[1]');
  const link = without.locator('a').first();
  const name = (await link.textContent()).trim();
  const base = (await link.getAttribute('href')).replace(/\/roles$/, '');
  await page.goto(baseUrl + base + '/profile');
  await page.getByRole('heading', { name: `${name} – Requirement profile` }).waitFor();
  await page.getByRole('heading', { name: 'No requirement profile yet' }).waitFor();
  await page.getByRole('button', { name: 'Start a profile' }).click();

  // Two competitors, one with markup in its name (shown as text, never as HTML).
  await page.getByRole('button', { name: 'Add competitor' }).click();
  await page.getByRole('button', { name: 'Add competitor' }).click();
  const first = page.getByRole('textbox', { name: 'Name of competitor 1' });
  await first.fill('Nord <b>AG</b>');
  await first.press('Tab');
  const criteria = ['System performance', 'System security', 'Price', 'Standards compliance', 'Delivery reliability'];
  const ratings = {
    Us: [80, 70, 60, 90, 75],
    'Nord <b>AG</b>': [85, 65, 80, 80, 75],
    'Competitor 2': [70, 60, 65, 85, 70],
  };
  for (const [supplier, values] of Object.entries(ratings)) {
    for (const [i, v] of values.entries()) {
      const cell = page.getByRole('textbox', { name: `${supplier}: ${criteria[i]}`, exact: true });
      await cell.fill(String(v));
      await cell.press('Tab');
    }
  }
  // A rating outside 0-100 is refused with a message and changes nothing.
  const bad = page.getByRole('textbox', { name: 'Us: Price', exact: true });
  await bad.fill('120');
  await bad.press('Tab');
  await page.getByText('“120” is not a rating from 0 to 100.').waitFor();
  await bad.fill('60');
  await bad.press('Tab');

  // Equal weights: we score 75.0, Nord 77.0, Competitor 2 70.0.
  await page.getByText('We rank 2 of 3 with 75.0 points.').waitFor();
  const results = page.locator('table.results tbody tr');
  assert.match(await results.nth(1).textContent(), /Nord <b>AG<\/b>\s*77\.0\s*1/);
  const drivers = page.locator('ol.drivers li');
  assert.match(await drivers.first().textContent(), /^Price: we trail the best competitor by 20\.0 points, worth 4\.0 points/);
  assert.match(await drivers.nth(1).textContent(), /^System performance: we trail/);
  // The chart: a radar drawn on a canvas, its data as a table too.
  const chart = page.getByRole('img', { name: `Ratings of us and the competitors by criterion in ${name}` });
  await chart.locator('canvas').waitFor();
  await page.locator('.profile-chart').getByRole('button', { name: 'Show as table' }).click();
  await page.locator('.profile-chart table').getByRole('cell', { name: 'Nord <b>AG</b>' }).or(page.locator('.profile-chart table th', { hasText: 'Nord <b>AG</b>' })).first().waitFor();

  // The weight editor: Price weighs 40 → warning, scaled back to 100 %.
  const weights = page.getByRole('group', { name: 'The customer\'s weights (%)' });
  await weights.getByLabel('Price', { exact: true }).fill('40');
  await weights.getByLabel('Price', { exact: true }).press('Enter');
  await page.getByText(/The weights add up to 120/).waitFor();
  await weights.getByRole('button', { name: 'Scale to 100 %' }).click();
  await weights.getByText('Sum of weights: 100.0 %').waitFor();
  // Price now weighs a third: the gap costs 6.7 points.
  await page.getByText(/^Price: we trail the best competitor by 20\.0 points, worth 6\.7 points/).waitFor();

  // A saved version, compared with the current profile after a change.
  await page.getByRole('button', { name: 'Save version' }).click();
  await page.getByRole('cell', { name: /\d/ }).first().waitFor();
  const price = page.getByRole('textbox', { name: 'Us: Price', exact: true });
  await price.fill('72');
  await price.press('Tab');
  const compare = page.locator('table.compare');
  await compare.getByRole('row', { name: /^Price/ }).getByText('60 → 72 (+12)').waitFor();

  // Scorecard: an NPS from survey answers, below target: red.
  await page.getByRole('navigation', { name: 'Sections of this key account' }).getByRole('link', { name: 'Scorecard' }).click();
  await page.getByRole('heading', { name: `${name} – Scorecard` }).waitFor();
  await page.getByLabel('Template').selectOption({ label: 'Net promoter score (NPS)' });
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Net promoter score (NPS)');
  await page.getByLabel('Target', { exact: true }).fill('30');
  await page.getByLabel('Yellow band (in the unit)').fill('10');
  await page.getByRole('button', { name: 'Add KPI' }).click();
  const customer = page.getByRole('region', { name: 'Customer and market' });
  await customer.getByText('Edit Net promoter score (NPS) and its values').click();
  await customer.getByLabel('Period').fill('Q3/2026');
  await customer.getByLabel('Actual', { exact: true }).fill('12');
  await customer.getByRole('button', { name: 'Record value' }).click();
  await customer.getByText('“Q3/2026” is not a period: write 2026, 2026-Q3 or 2026-09.').waitFor();
  await customer.getByLabel('Period').fill('2026-Q3');
  await customer.getByLabel('Answers 0-10, separated by spaces or commas').fill('10 9 3 2 5 8');
  await customer.getByRole('button', { name: 'Compute NPS' }).click();
  await customer.getByText('NPS -16.7 from 6 answers.').waitFor();
  await customer.getByRole('button', { name: 'Record value' }).click();
  const row = customer.locator('tbody.kpi tr').first();
  assert.match(await row.textContent(), /-16\.7 \(2026-Q3\)\s*red/);
  await page.getByRole('region', { name: 'Yellow or red: what needs attention' })
    .getByText('Net promoter score (NPS) (Customer and market) is red in 2026-Q3.').waitFor();

  // The overview names the red KPI; the key accounts page shows the light and links to it.
  await page.getByRole('navigation', { name: 'Sections of this key account' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByText('KPI “Net promoter score (NPS)” is red: -16.7 (target 30).').waitFor();
  await app.nav('Key accounts').click();
  const light = page.getByRole('link', { name: `red: scorecard of ${name}, Customer and market` });
  await light.click();
  await page.getByRole('heading', { name: `${name} – Scorecard` }).waitFor();

  // Reload keeps the profile, the version and the KPI.
  await app.waitSaved();
  await page.goto(baseUrl + base + '/profile');
  await page.reload();
  await page.getByText('We rank 2 of 3 with', { exact: false }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Us: Price', exact: true }).inputValue(), '72');
  assert.equal(await page.getByRole('textbox', { name: 'Name of competitor 1' }).inputValue(), 'Nord <b>AG</b>');
  await page.locator('table.versions tbody tr').first().waitFor();
  await page.goto(baseUrl + base + '/scorecard');
  await page.getByRole('region', { name: 'Customer and market' }).getByText('-16.7 (2026-Q3)').waitFor();
});

test('account plan and buying center: an overdue action flagged everywhere, a blocking decider as a gap, next period, reload, German', async () => {
  await app.goto();
  await app.loadSample();
  await app.nav('Key accounts').click();
  // The sample's plans have overdue actions: the key accounts page lists them.
  const overdue = page.getByRole('heading', { name: 'Overdue actions' }).locator('xpath=following-sibling::ul[1]');
  await overdue.getByText(/“Arrange a plant visit in Poland” \(Jonas Wolf\) was due on 2026-09-30: \d+ days overdue\./).first().waitFor();
  // A key account without any entry yet: an empty plan.
  const without = page.getByRole('heading', { name: 'Key accounts without any role entry' }).locator('xpath=following-sibling::ul[1]');
  const link = without.locator('a').first();
  const name = (await link.textContent()).trim();
  const base = (await link.getAttribute('href')).replace(/\/roles$/, '');
  await page.goto(baseUrl + base + '/plan');
  await page.getByRole('heading', { name: `${name} – Account plan` }).waitFor();
  const progress = page.getByRole('region', { name: 'Progress' });
  await progress.getByText('No actions yet.').waitFor();

  // Status quo, a SWOT entry and a quantitative goal.
  await page.getByLabel('What makes this customer important to us?').fill('Largest buyer of drives');
  await page.getByLabel('What makes this customer important to us?').press('Tab');
  await page.getByLabel('New entry in Strengths').fill('Technical advice');
  await page.getByLabel('New entry in Strengths').press('Enter');
  await page.locator('.swot-0').getByText('Technical advice').waitFor();
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.locator('#new-goal').fill('Win the second plant');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await goals.getByRole('group', { name: 'Goal 1' }).waitFor();
  await goals.getByLabel('Quantitative (with a KPI and a target)').check();
  await goals.getByLabel('Target value').fill('800');
  await goals.getByLabel('Target value').press('Tab');
  await goals.getByLabel('Actual value').fill('200');
  await goals.getByLabel('Actual value').press('Tab');
  await goals.getByText(/Plan 800 · actual 200 · 25\s% reached/).waitFor();

  // An action with a past due date is flagged overdue.
  const actions = page.getByRole('region', { name: 'Action plan' });
  await actions.getByLabel('Action', { exact: true }).fill('Visit the plant');
  await actions.getByLabel('Owner', { exact: true }).fill('Anna Berg');
  await actions.getByLabel('Due', { exact: true }).fill('2026-01-15');
  await actions.getByLabel('Cost', { exact: true }).fill('2,500');
  await actions.getByLabel('For goal', { exact: true }).selectOption({ label: 'Win the second plant' });
  await actions.getByRole('button', { name: 'Add action' }).click();
  const row = actions.locator('tbody tr').first();
  await row.getByText('overdue', { exact: true }).waitFor();
  assert.equal(await actions.getByRole('textbox', { name: 'Cost of action 1' }).inputValue(), '2,500');
  await progress.getByText('0 done · 0 open · 1 overdue · 0 dropped').waitFor();
  await progress.getByText(/“Visit the plant” \(Anna Berg\) was due on 2026-01-15: \d+ days overdue\./).waitFor();
  // A negative cost is refused with a message.
  await actions.getByLabel('Action', { exact: true }).fill('Free lunch');
  await actions.getByLabel('Cost', { exact: true }).fill('-5');
  await actions.getByRole('button', { name: 'Add action' }).click();
  await actions.getByText('is negative').waitFor();
  assert.equal(await actions.locator('tbody tr').count(), 1);

  // The overview and the key accounts page show it too.
  const tabs = page.getByRole('navigation', { name: 'Sections of this key account' });
  await tabs.getByRole('link', { name: 'Overview' }).click();
  await page.getByText(/“Visit the plant” \(Anna Berg\) was due on 2026-01-15/).waitFor();
  await app.nav('Key accounts').click();
  await overdue.getByRole('link', { name }).first().waitFor();

  // Done: no longer overdue. The next period keeps the plan as a version.
  await page.goto(baseUrl + base + '/plan');
  await actions.getByRole('combobox', { name: 'Status of action 1' }).selectOption({ label: 'done' });
  await progress.getByText('1 done · 0 open · 0 overdue · 0 dropped').waitFor();
  await page.getByRole('button', { name: 'Start next period' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Start next period' }).click();
  await progress.getByText('No actions yet.').waitFor();
  const periods = page.getByRole('region', { name: 'Plan periods' });
  await periods.locator('table.versions tbody tr').first().waitFor();
  await periods.locator('table.compare').getByRole('row', { name: /Action\s*removed\s*Visit the plant/ }).waitFor();

  // Stakeholders: a decider who blocks is a gap.
  await tabs.getByRole('link', { name: 'Stakeholders' }).click();
  await page.getByRole('heading', { name: `${name} – Stakeholders` }).waitFor();
  const gaps = page.getByRole('region', { name: 'Gaps' });
  await gaps.getByText('No decider is known.').waitFor();
  const add = page.getByRole('form', { name: 'Add person' });
  await add.getByLabel('Name', { exact: true }).fill('Dr. Hans <i>Kern</i>');
  await add.getByLabel('Level').selectOption({ label: 'Management' });
  await add.getByLabel('Buying-center roles').selectOption({ label: 'Decider' });
  await add.getByLabel('Attitude').selectOption({ label: 'Blocker' });
  await add.getByLabel('Influence (1-5)').selectOption('5');
  await add.getByRole('button', { name: 'Add person' }).click();
  await gaps.getByText('Dr. Hans <i>Kern</i> is a Blocker with influence 5.').waitFor();
  await gaps.getByText('No contact to a decider (Dr. Hans <i>Kern</i>).').waitFor();
  assert.equal(await gaps.getByText('No decider is known.').count(), 0);
  // The map and the reports-to chart, with their tables.
  const map = page.getByRole('img', { name: /Map of the buying center/ });
  await map.locator('canvas').waitFor();
  await page.getByRole('region', { name: 'Influence and attitude' }).getByRole('button', { name: 'Show as table' }).click();
  await page.getByRole('region', { name: 'Influence and attitude' }).getByRole('cell', { name: 'Dr. Hans <i>Kern</i>' }).waitFor();
  await page.getByRole('img', { name: /Reports-to chart/ }).locator('canvas').waitFor();
  // In contact: the contact gap goes.
  await page.getByText('Edit Dr. Hans <i>Kern</i>').click();
  await page.getByLabel('Contact', { exact: true }).selectOption({ label: 'regular' });
  await page.getByLabel('Last contact').fill('2026-11-01');
  await page.getByLabel('Last contact').press('Tab');
  await gaps.getByText('Dr. Hans <i>Kern</i> is a Blocker with influence 5.').waitFor();
  assert.equal(await gaps.getByText(/No contact to a decider/).count(), 0);

  // Reload keeps everything; German.
  await app.waitSaved();
  await page.reload();
  await gaps.getByText('Dr. Hans <i>Kern</i> is a Blocker with influence 5.').waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('region', { name: 'Lücken' }).getByText('Dr. Hans <i>Kern</i> ist Blockierer mit Einfluss 5.').waitFor();
  await page.goto(baseUrl + base + '/plan');
  await page.getByRole('region', { name: 'Planperioden' }).locator('table.versions tbody tr').first().waitFor();
  assert.equal(await page.getByLabel('Was macht diesen Kunden für uns wichtig?').inputValue(), 'Largest buyer of drives');
});

test('printed reports as PDF; a client copy and the client report without margins or internal notes; merging a returned copy', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const first = await page.locator('table.accounts tbody tr th a').first().getAttribute('href');
  const id = first.split('/').pop();
  const stored = JSON.parse(await app.storage('keystone.workspace')).data;
  const account = stored.accounts.find((a) => String(a.id) === id);
  const margin = account.contribution_margin;
  const local = stored.key_accounts[id];
  const personNote = local.stakeholders.find((p) => p.note).note;
  const stepNote = local.roles.steps.find((s) => s.note).note;
  const competitorRating = Object.values(local.profiles[0].profile.competitors[0].ratings)[0];

  // The account report, printed to PDF: every section with data, the footer.
  await page.goto(baseUrl + first);
  await page.getByRole('link', { name: 'Account report' }).click();
  await page.getByRole('heading', { name: 'Alpentec GmbH – Account report', level: 1 }).waitFor();
  await page.locator('.report canvas').first().waitFor();
  await page.waitForLoadState('networkidle');
  const report = await pdfText(await page.pdf({ format: 'A4' }));
  assert.ok(report.pages >= 2, `${report.pages} pages`);
  for (const section of ['Master data', 'ABC class, score and portfolio position', 'Supplier role and selling dimension',
    'Requirement profile', 'Scorecard', 'Account plan', 'Action plan', 'Stakeholders', 'Gaps',
    'Arrange a plant visit in Poland', 'Dr. Klaus Meier', personNote]) {
    assert.ok(report.text.includes(section), `the report has “${section}”`);
  }
  assert.match(report.text, /Keystone workspace · printed \d{4}-\d{2}-\d{2}/);

  // The client copy: margins, notes, attitudes, influence, competitor ratings and
  // costs are not in it.
  await page.goto(baseUrl + first);
  const copySection = page.getByRole('region', { name: 'Client copy' });
  assert.equal(await copySection.getByLabel('Contribution margins').isChecked(), true);
  assert.equal(await copySection.getByLabel('Revenue').isChecked(), false);
  const [download] = await Promise.all([page.waitForEvent('download'), copySection.getByRole('button', { name: 'Export client copy' }).click()]);
  assert.match(download.suggestedFilename(), /^keystone-client-copy-Alpentec-GmbH-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ks-')), download.suggestedFilename());
  await download.saveAs(file);
  const copyText = fs.readFileSync(file, 'utf8');
  const copy = JSON.parse(copyText);
  assert.equal(copy.data.accounts.length, 1);
  assert.equal(copy.data.accounts[0].contribution_margin, undefined);
  for (const secret of [String(margin), personNote, stepNote, '"attitude"', '"influence"', '"cost"']) {
    assert.ok(!copyText.includes(secret), `the client copy holds “${secret}”`);
  }
  assert.deepEqual(copy.data.key_accounts[id].profiles[0].profile.competitors[0].ratings, {});
  assert.ok(copyText.includes('Arrange a plant visit in Poland'));

  // The client report: the same, on paper.
  await page.goto(baseUrl + first + '/client-report');
  await page.getByRole('heading', { name: 'Alpentec GmbH – Client report', level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const client = await pdfText(await page.pdf({ format: 'A4' }));
  assert.ok(client.text.includes('Account plan') && client.text.includes('Dr. Klaus Meier'));
  const shownMargin = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(margin);
  for (const secret of [shownMargin, personNote, stepNote, 'Gaps', 'Blocker', 'ABC class']) {
    assert.ok(!client.text.includes(secret), `the client report holds “${secret}”`);
  }

  // The customer returns it with a new weight, a new rating of us and an action done.
  const returned = JSON.parse(copyText);
  const data = returned.data.key_accounts[id];
  const criteria = data.profiles[0].profile.criteria;
  criteria[0].weight += 10;
  criteria[1].weight -= 10;
  data.profiles[0].profile.us[criteria[2].id] = 99;
  data.plan.actions.find((a) => a.text === 'Arrange a plant visit in Poland').status = 'done';
  data.stakeholders[0].attitude = 'champion';
  await app.nav('Import / export').click();
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'returned.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(returned)) });
  const preview = page.getByRole('region', { name: 'Import' });
  await preview.getByText(/“returned.json” is a client copy of Alpentec GmbH, made on/).waitFor();
  await preview.getByText(/weight of .* → .* %/).first().waitFor();
  await preview.getByText(/their rating of us on .* → 99/).waitFor();
  await preview.getByText('Action “Arrange a plant visit in Poland”: open → done').waitFor();
  await preview.getByRole('button', { name: 'Merge into Alpentec GmbH' }).click();
  await page.getByText(/4 changes from the client copy merged into Alpentec GmbH\./).waitFor();
  await app.waitSaved();
  const after = JSON.parse(await app.storage('keystone.workspace')).data;
  const merged = after.key_accounts[id];
  assert.equal(merged.profiles[0].profile.us[criteria[2].id], 99);
  assert.equal(merged.plan.actions.find((a) => a.text === 'Arrange a plant visit in Poland').status, 'done');
  // What is kept here stays: competitor ratings, costs, notes, the attitude, the margin.
  assert.equal(Object.values(merged.profiles[0].profile.competitors[0].ratings)[0], competitorRating);
  assert.deepEqual(merged.plan.actions.map((a) => a.cost), local.plan.actions.map((a) => a.cost));
  assert.equal(merged.stakeholders[0].attitude, local.stakeholders[0].attitude);
  assert.equal(merged.stakeholders.find((p) => p.note).note, personNote);
  assert.equal(after.accounts.find((a) => String(a.id) === id).contribution_margin, margin);
  assert.equal(after.accounts.length, 200);

  // The portfolio report for management.
  await app.nav('Key accounts').click();
  await page.getByRole('link', { name: 'Key-account portfolio report' }).click();
  await page.getByRole('heading', { name: 'Key-account portfolio report', level: 1 }).waitFor();
  await page.locator('.report canvas').first().waitFor();
  const management = await pdfText(await page.pdf({ format: 'A4' }));
  for (const section of ['ABC summary', 'Customer portfolio', 'Key accounts: scorecard traffic lights', 'Overdue actions', 'Alpentec GmbH']) {
    assert.ok(management.text.includes(section), `the portfolio report has “${section}”`);
  }
});

test('self-assessment with an empty workspace: twelve answers by keyboard and mouse, radar and weakest areas, reload, German; a workshop from two participants\' files; compare; print', async () => {
  await app.goto();
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();
  // One click from the start page (and the navigation has it too).
  assert.equal(await app.nav('Self-assessment').count(), 1);
  await page.getByRole('link', { name: 'Take the KAM self-assessment' }).click();
  await page.waitForURL(/#\/assessment$/);
  await page.getByRole('heading', { name: 'KAM self-assessment', level: 1 }).waitFor();
  await page.getByText('Rate at least one area to see the result.').waitFor();
  await page.getByLabel('Name or role').fill('Head of sales');
  await page.getByLabel('Name or role').press('Tab');
  const group = (n, name) => page.getByRole('group', { name: `Thesis ${n} ${name}` });
  // Keyboard alone: the first level of "Vision" focused, the arrow key moves to level 2
  // and chooses it.
  await group(1, 'Vision').getByRole('radio').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('status').filter({ hasText: '1 of 12 answered' }).waitFor();
  assert.equal(await group(1, 'Vision').getByRole('radio', { name: /^2 / }).isChecked(), true);
  const areas = ['Vision', 'Strategy', 'Organisation', 'Customer value model', 'Process', 'Level selling',
    'System understanding', 'Customer development', 'Buying center', 'Selling center', 'Levels', 'Negotiation'];
  const ratings = [2, 4, 3, 5, 1, 4, 4, 2, 3, 4, 5, 5];
  for (let i = 1; i < 12; i++) {
    await group(i + 1, areas[i]).getByRole('radio', { name: new RegExp(`^${ratings[i]} `) }).check();
    if (i === 6) await page.getByRole('status').filter({ hasText: '7 of 12 answered' }).waitFor();
  }
  await page.getByRole('status').filter({ hasText: '12 of 12 answered' }).waitFor();
  await page.getByText('All twelve areas are answered.').waitFor();
  await page.getByLabel('Comment on “Process” (optional)').fill('Nobody owns the hand-over to delivery.');
  await page.getByLabel('Comment on “Process” (optional)').press('Tab');
  // The result: 42 / 12 = 3.5, level 3; the weakest first with the seed's advice.
  await page.getByText('Overall maturity: 3.5 of 5, level 3 “Defined”').waitFor();
  await page.getByRole('img', { name: 'Radar chart of the twelve areas, 1 to 5' }).locator('canvas').waitFor();
  const weakest = page.locator('ol.weakest > li');
  assert.equal(await weakest.count(), 3);
  assert.match(await weakest.nth(0).textContent(), /^Process: 1 of 5.*interfaces and responsibilities/);
  assert.match(await weakest.nth(1).textContent(), /^Vision: 2 of 5.*magnet/);
  assert.match(await weakest.nth(2).textContent(), /^Customer development: 2 of 5/);
  await app.waitSaved();
  await page.reload();
  await page.getByRole('status').filter({ hasText: '12 of 12 answered' }).waitFor();
  assert.equal(await page.getByLabel('Name or role').inputValue(), 'Head of sales');
  assert.equal(await page.getByLabel('Comment on “Process” (optional)').inputValue(), 'Nobody owns the hand-over to delivery.');
  assert.equal(await group(5, 'Process').getByRole('radio', { name: /^1 / }).isChecked(), true);
  await page.getByText('Overall maturity: 3.5 of 5').waitFor();
  // German.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('status').filter({ hasText: '12 von 12 beantwortet' }).waitFor();
  await page.getByText('Gesamtreife: 3,5 von 5, Stufe 3 „Definiert“').waitFor();
  assert.match(await weakest.nth(0).textContent(), /^Prozess: 1 von 5.*Schnittstellen/);
  await page.getByRole('group', { name: 'These 9 Buying-Center' }).waitFor();
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');

  // The printed page: the result and the answers, not the questionnaire's controls.
  await page.emulateMedia({ media: 'print' });
  const pdf = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  assert.match(pdf.text, /Overall maturity: 3\.5 of 5/);
  // (A line may break after the hyphen.)
  assert.match(pdf.text, /Nobody owns the hand- ?over to delivery\./);
  assert.match(pdf.text, /Weakest areas first 1\. Process: 1 of 5 Know every step/);
  assert.doesNotMatch(pdf.text, /Next unanswered area|Import assessment files/);

  // Export this assessment: a small file of its own kind.
  const [one] = await Promise.all([page.waitForEvent('download'), app.button('Export (JSON)').click()]);
  const exported = JSON.parse(fs.readFileSync(await one.path(), 'utf8'));
  assert.equal(exported.format, 'keystone-assessment');
  assert.equal(exported.schema_version, 1);
  assert.equal(exported.data.assessments.length, 1);
  assert.equal(exported.data.assessments[0].ratings.process, 1);

  // A workshop from two participants' files (and one file that is not an assessment).
  const participant = (name, ratings) => ({
    format: 'keystone-assessment', schema_version: 1, app_version: 'x', exported_at: '2026-11-20T10:00:00Z',
    data: { assessments: [{ id: 1, respondent: name, date: '2026-11-20',
      ratings: Object.fromEntries(['vision', 'strategy', 'organisation', 'customer_value_model', 'process', 'level_selling',
        'system_understanding', 'customer_development', 'buying_center', 'selling_center', 'levels', 'negotiation']
        .map((k, i) => [k, ratings[i]]).filter(([, r]) => r > 0)) }] },
  });
  const file = (name, body) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
  await page.getByRole('navigation', { name: 'Self-assessment pages' }).getByRole('link', { name: 'Workshop' }).click();
  await page.waitForURL(/#\/assessment\/workshop$/);
  await page.getByText('No workshop yet.').waitFor();
  await page.getByLabel('Workshop for files and links that name none').fill('Kick-off <b>Nord</b>');
  await page.getByLabel('Workshop for files and links that name none').press('Tab');
  await page.getByLabel('Import assessment files').setInputFiles([
    file('anna.json', participant('Anna', [1, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 0])),
    file('jonas.json', participant('Jonas', [5, 3, 3, 4, 2, 2, 2, 2, 2, 2, 2, 0])),
    file('workspace.json', { format: 'keystone-workspace', schema_version: 6, data: {} }),
  ]);
  await page.getByText('“workspace.json” was not imported: its format is “keystone-workspace”, not “keystone-assessment”.').waitFor();
  await page.getByRole('heading', { name: 'Kick-off <b>Nord</b>', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Participants (2)' }).waitFor();
  const stat = (area) => page.locator('table.workshop-stats tbody tr').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) }).locator('td');
  // Vision: 1 and 5 → average 3.0, min 1, max 5, spread 4; negotiation unanswered.
  assert.deepEqual(await stat('Vision').allTextContents(), ['2', '3.0', '1', '5', '4']);
  assert.deepEqual(await stat('Customer value model').allTextContents(), ['2', '3.5', '3', '4', '1']);
  assert.deepEqual(await stat('Negotiation').allTextContents(), ['0', '–', '–', '–', '–']);
  const apart = page.locator('ol.disagreements > li');
  assert.equal(await apart.count(), 2);
  assert.equal(await apart.nth(0).textContent(), 'Vision: from 1 to 5 (spread 4)');
  // A participant's radar on demand, over the average.
  await page.getByLabel('Show a participant\'s radar').selectOption({ label: 'Jonas · 2026-11-20' });
  await page.locator('ul.legend').getByText('Jonas · 2026-11-20').waitFor();
  // Importing the same files again adds nothing.
  await page.getByLabel('Import assessment files').setInputFiles([file('anna.json', participant('Anna', [1, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 0]))]);
  await page.getByText('No assessment added. 1 was already there.').waitFor();
  const [ws] = await Promise.all([page.waitForEvent('download'), app.button('Export workshop (JSON)').click()]);
  const workshopFile = JSON.parse(fs.readFileSync(await ws.path(), 'utf8'));
  assert.equal(workshopFile.data.workshop, 'Kick-off <b>Nord</b>');
  assert.deepEqual(workshopFile.data.assessments.map((a) => a.respondent), ['Anna', 'Jonas']);
  await app.waitSaved();
  await page.reload();
  await page.getByRole('heading', { name: 'Participants (2)' }).waitFor();
  // German workshop texts.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByText('Vision: von 1 bis 5 (Spanne 4)').waitFor();
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');

  // Compare: the own assessment against Jonas'.
  await page.getByRole('navigation', { name: 'Self-assessment pages' }).getByRole('link', { name: 'Compare' }).click();
  // The own assessment is dated today.
  const own = await page.getByLabel('Earlier').locator('option').filter({ hasText: 'Head of sales' }).textContent();
  await page.getByLabel('Earlier').selectOption({ label: own });
  await page.getByLabel('Later').selectOption({ label: 'Jonas · 2026-11-20' });
  const change = (area) => page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) }).locator('td');
  assert.deepEqual(await change('Vision').allTextContents(), ['2', '5', '+3']);
  assert.deepEqual(await change('Process').allTextContents(), ['1', '2', '+1']);
  assert.deepEqual(await change('Negotiation').allTextContents(), ['5', '–', '–']);
  // The start page still offers the sample: the assessments need no accounts.
  await app.nav('Accounts').click();
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();
});

test('spreadsheets: a German Excel CSV mapped, a bad row fixed, one skipped, imported; ABC; the mapping remembered; .xlsx and CSV exported and read back; a long file cancelled', async () => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await app.goto();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  assert.deepEqual(requests.filter((u) => /xlsx_/.test(u)), [], 'the idle prefetch never fetches the spreadsheet libraries');
  await page.getByRole('link', { name: 'Import a customer list (CSV, Excel)' }).click();
  await page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
  const german = path.resolve(here, '../fixtures/kunden-excel-de.csv');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(german);
  await page.getByText('Encoding: Windows-1252').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Delimiter' }).inputValue(), '59');
  assert.equal(await page.getByRole('combobox', { name: 'Numbers' }).inputValue(), 'comma');
  // Headers recognised; umlauts decoded.
  const field = (n, header) => page.getByRole('combobox', { name: `Field for column ${n} (${header})` });
  assert.equal(await field(2, 'Kunde').inputValue(), 'name');
  assert.equal(await field(5, 'Umsatz 2025 (€)').inputValue(), 'revenue');
  assert.equal(await field(9, 'Schlüsselkunde').inputValue(), 'key_account');
  await page.getByRole('cell', { name: 'Müller Maschinenbau GmbH' }).waitFor();
  // The user ignores the region column (remembered for the next import).
  await field(4, 'Region').selectOption('');
  // Two rows with problems: fix one, skip the other.
  await page.getByRole('cell', { name: '“n. v.” is not a number.' }).waitFor();
  await page.getByRole('cell', { name: 'The potential cannot be negative.' }).waitFor();
  await page.getByText('2 rows with problems still need a correct value or “Skip”.').waitFor();
  assert.ok(await app.button('Import 4 rows').isDisabled());
  await page.getByLabel('Correct value for row 6, Umsatz 2025 (€)').fill('15.000,00');
  await page.getByLabel('Correct value for row 6, Umsatz 2025 (€)').press('Enter');
  await page.getByLabel('Skip row 7').check();
  await page.getByText(/still need a correct value/).waitFor({ state: 'detached' });
  assert.ok(await page.getByLabel('Skip row 7').isChecked(), 'a skipped row stays listed, to take it back');
  await page.getByText('Left out: 1 empty rows, 1 total rows, 1 skipped rows.').waitFor();
  await page.getByText('5 new, 0 changed, 0 unchanged.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the import page with a file');
  await app.button('Import 5 rows').click();
  await page.getByText('kunden-excel-de.csv imported: 5 accounts added, 0 updated.').waitFor();
  assert.match(await app.count().textContent(), /5 of 5/);
  await page.getByRole('link', { name: 'Müller Maschinenbau GmbH' }).waitFor();
  await page.getByRole('link', { name: 'Straße & Weg e.K.' }).waitFor();
  await app.waitSaved();
  await page.reload();
  assert.match(await app.count().textContent(), /5 of 5/);
  const stored = JSON.parse(await app.storage('keystone.workspace'));
  const mueller = stored.data.accounts.find((a) => a.name === 'Müller Maschinenbau GmbH');
  assert.equal(mueller.revenue, 1234567.89);
  assert.equal(mueller.customer_number, '10001');
  assert.equal(mueller.region, undefined, 'the ignored column is not imported');
  assert.equal(stored.data.accounts.find((a) => a.name === 'Straße & Weg e.K.').revenue, 15000);
  // The ABC analysis of the imported list: Müller alone makes up most of the revenue.
  await app.nav('Pareto / ABC').click();
  const classA = page.locator('details.class-list').filter({ has: page.getByText(/^Class A: \d+ accounts$/) });
  await classA.getByText('Müller Maschinenbau GmbH', { exact: true }).waitFor();

  // Export the register as .xlsx and CSV. If the writer cannot be fetched, the page
  // says so; the next click fetches it.
  await app.nav('Import / export').click();
  await page.getByRole('combobox', { name: 'Table' }).selectOption('register');
  let blockWriter = true;
  await page.route(/split_xlsx_write-[0-9a-f]+\.wasm$/, (route) => (blockWriter ? route.abort() : route.continue()));
  await app.button('Download Excel (.xlsx)').click();
  await page.getByText('The Excel writer could not be loaded. Check the connection and try again.').waitFor();
  blockWriter = false;
  // The browser and the chunk loader report the blocked fetch on the console; those
  // two reports are expected here.
  await page.waitForTimeout(200);
  problems = problems.filter((p) => !/^error: Failed to load resource: net::ERR_FAILED$/.test(p)
    && !/^error: TypeError: Failed to fetch\n\s+at \S+__wasm_split\.js/.test(p));
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), app.button('Download Excel (.xlsx)').click()]);
  assert.match(xlsxDownload.suggestedFilename(), /^keystone-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-'));
  const xlsxFile = path.join(dir, xlsxDownload.suggestedFilename());
  await xlsxDownload.saveAs(xlsxFile);
  const xlsxBytes = fs.readFileSync(xlsxFile);
  assert.equal(xlsxBytes.subarray(0, 2).toString(), 'PK', 'a zip file');
  assert.ok(xlsxBytes.includes('xl/worksheets/sheet1.xml'));
  assert.ok(requests.some((u) => /split_xlsx_write/.test(u)), 'the writer came on demand');
  assert.ok(!requests.some((u) => /split_xlsx_read/.test(u)), 'the reader is not needed yet');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), app.button('Download CSV').click()]);
  const csvFile = path.join(dir, csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvFile);
  const csv = fs.readFileSync(csvFile, 'utf8');
  assert.match(csv, /^Customer number,Name,Industry,Region,Revenue,Contribution margin,Potential,Share of wallet %,Customer since,Key account,ABC class,Score \(0–100\),Proposal,Tags,Notes\r?\n/);
  assert.match(csv, /10001,Müller Maschinenbau GmbH,Maschinenbau,,1234567\.89,310000,4000000,[\d.]+,2009,yes,A,/);
  assert.match(csv, /"Bauer; Söhne KG"|Bauer; Söhne KG/);

  // Reading the .xlsx back: the same accounts, the remembered mapping. Given to the
  // workspace import by mistake, it goes to the customer-list import.
  await page.getByLabel('Choose a file to import').setInputFiles(xlsxFile);
  await page.getByText(`“${xlsxDownload.suggestedFilename()}” is a spreadsheet: it is read here as a customer list.`).waitFor();
  await page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
  await page.getByRole('combobox', { name: 'Sheet' }).waitFor();
  assert.ok(requests.some((u) => /split_xlsx_read/.test(u)), 'the reader came on demand');
  assert.equal(await field(4, 'Region').inputValue(), '', 'the ignored column stays ignored');
  await page.getByText('Every row can be imported.').waitFor();
  await page.getByText('0 new, 0 changed, 5 unchanged.').waitFor();

  // A workbook with a cover sheet in front of the list: the list's sheet is read.
  // Replacing the register with it can be undone from the notice.
  const workbook = path.resolve(here, '../fixtures/kunden-titel-summe.xlsx');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(workbook);
  await page.getByText(/^kunden-titel-summe\.xlsx: \d+ rows$/).waitFor();
  const sheet = page.getByRole('combobox', { name: 'Sheet' });
  assert.equal(await sheet.locator('option:checked').textContent(), 'Kunden');
  assert.equal(await page.getByRole('spinbutton', { name: 'Headers in row' }).inputValue(), '3', 'below the title row');
  await page.getByText('Left out: 1 empty rows, 1 total rows, 0 skipped rows.').waitFor();
  // Its customer numbers are those of the imported CSV: the same five accounts, renamed.
  await page.getByRole('radio', { name: /^Replace the register/ }).check();
  await page.getByText('0 new, 5 changed, 0 unchanged.').waitFor();
  await page.getByText('Changed accounts').click();
  await page.getByRole('listitem').filter({ hasText: /^Rheintec GmbH$/ }).waitFor();
  await app.button('Import 5 rows').click();
  await page.getByRole('link', { name: 'Rheintec GmbH' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Müller Maschinenbau GmbH' }).count(), 0);
  await app.button('Undo').click();
  await page.getByRole('link', { name: 'Müller Maschinenbau GmbH' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Rheintec GmbH' }).count(), 0);
  assert.match(await app.count().textContent(), /5 of 5/);
  await app.waitSaved();

  // A workspace file given to the customer-list import goes to the data page's check.
  await app.nav('Import / export').click();
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), app.button('Export workspace').click()]);
  const jsonFile = path.join(dir, jsonDownload.suggestedFilename());
  await jsonDownload.saveAs(jsonFile);
  await page.getByRole('link', { name: 'Import a customer list (CSV, Excel) …' }).click();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(jsonFile);
  await page.getByRole('heading', { name: 'Import and export', level: 1 }).waitFor();
  await page.getByText(`“${jsonDownload.suggestedFilename()}”: 5 accounts (2 key accounts)`, { exact: false }).waitFor();
  await app.button('Cancel').click();

  // A file whose only row is skipped leaves nothing to import: the button stays off.
  await page.goto(baseUrl + '#/import');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('Kunde;Umsatz\nNeu GmbH;n. v.\n') });
  await app.button('Skip all rows with problems').click();
  await page.getByText('No row is left to import: every row is empty, a total or skipped.').waitFor();
  assert.ok(await app.button('Import 0 rows').isDisabled());

  // The German UI exports CSV for German Excel.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await app.nav('Import / Export').click();
  const [deDownload] = await Promise.all([page.waitForEvent('download'), app.button('CSV herunterladen').click()]);
  const deBytes = fs.readFileSync(await deDownload.path());
  assert.deepEqual([...deBytes.subarray(0, 3)], [0xEF, 0xBB, 0xBF], 'with a BOM');
  const deText = deBytes.subarray(3).toString('utf8');
  assert.match(deText, /^Kundennummer;Name;Branche;Region;Umsatz;/);
  assert.match(deText, /10001;Müller Maschinenbau GmbH;Maschinenbau;;1234567,89;310000;4000000;[\d,]+;2009;ja;A;/);
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');

  // A long file shows its progress and can be cancelled; nothing changes.
  await page.goto(baseUrl + '#/import');
  const lines = ['Kunde;Umsatz'];
  for (let i = 0; i < 300000; i++) lines.push(`Kunde ${i};${i},50`);
  const before = await app.storage('keystone.workspace');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.locator('progress').waitFor();
  await app.button('Cancel').click();
  await page.getByText('Import cancelled. Nothing was changed.').waitFor();
  assert.equal(await app.storage('keystone.workspace'), before);
  assert.equal(await page.getByRole('heading', { name: '1. Which column is which' }).count(), 0);
});

// A context that lets the service worker run, with the same checks as every journey.
async function workerContext(url) {
  const ctx = await browser.newContext({ acceptDownloads: true, locale: 'en-US', serviceWorkers: 'allow' });
  const p = await ctx.newPage();
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await p.goto(url);
  await p.getByRole('navigation').first().waitFor();
  return { ctx, p };
}

// Waits until the service worker controls the page (it has cached the whole build).
async function offlineReady(p) {
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

test('offline, from a sub-path: after one visit every page opens, edits are kept and reloads work with no network', async () => {
  const site = await serve(root, { prefix: '/tools/keystone/' });
  const { ctx, p } = await workerContext(site.url);
  try {
    const a = new KeystoneApp(p, site.url);
    await a.loadSample();
    await offlineReady(p);
    // The manifest and its icons are served from the sub-path too.
    const manifest = await p.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.short_name, 'Keystone');
    assert.equal(manifest.start_url, './');
    // No network at all: the browser is offline and the server is gone (a worker's own
    // fetches are not always covered by the browser's offline switch).
    await ctx.setOffline(true);
    site.server.close();
    site.server.closeAllConnections();
    await p.reload();
    await a.rows().first().waitFor();
    assert.match(await a.count().textContent(), /200 of 200 accounts/);
    const first = await p.locator('table.accounts tbody tr th a').first().getAttribute('href');
    const pages = [
      ['#/accounts/new', /New account/], ['#/pareto', /Pareto/], ['#/value', /value model/],
      ['#/portfolio', /portfolio/i], ['#/data', /Import and export/], ['#/import', /customer list/],
      ['#/assessment', /self-assessment/], ['#/assessment/compare', /self-assessment/],
      ['#/assessment/workshop', /self-assessment/], ['#/key-accounts', /Key accounts/], ['#/report', /portfolio report/],
      [first, /Alpentec/], [`${first}/edit`, /Alpentec GmbH – Master data/], [`${first}/roles`, /Alpentec/],
      [`${first}/profile`, /Alpentec/], [`${first}/scorecard`, /Alpentec/], [`${first}/plan`, /Alpentec/],
      [`${first}/stakeholders`, /Alpentec/], [`${first}/report`, /Alpentec/], [`${first}/client-report`, /Alpentec/],
    ];
    for (const [hash, name] of pages) {
      await p.goto(site.url + hash);
      await p.getByRole('heading', { name, level: 1 }).first().waitFor();
    }
    // A chart (ECharts from the cache) and a reload on a deep page.
    await p.goto(`${site.url}#/pareto`);
    await p.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
    await p.reload();
    await p.getByRole('img', { name: /Pareto chart/ }).locator('canvas').waitFor();
    // The Excel writer, fetched on demand, is in the cache too.
    await p.goto(`${site.url}#/data`);
    await p.getByRole('combobox', { name: 'Table' }).selectOption('register');
    const [xlsx] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download Excel (.xlsx)' }).click()]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    // An edit offline, then a reload: it is there.
    await p.goto(`${site.url}#/accounts/new`);
    await p.getByLabel('Name').fill('Offline GmbH');
    await p.getByLabel('Revenue').fill('12345');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await p.waitForURL(/#\/accounts$/);
    await a.waitSaved();
    await p.reload();
    await a.search('Offline GmbH');
    await a.rows().first().getByRole('link', { name: 'Offline GmbH' }).waitFor();
    assert.equal(await p.evaluate(() => navigator.onLine), false);
    // The data page says the app is stored for offline use.
    await p.goto(`${site.url}#/data`);
    await p.getByText('Keystone is stored in this browser for offline use').waitFor();
  } finally {
    await ctx.close();
    site.server.close();
  }
});

test('a new deployment: the open page offers it, Reload brings it, and the old cache is removed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-deploy-'));
  fs.cpSync(root, dir, { recursive: true });
  const site = await serve(dir);
  const { ctx, p } = await workerContext(site.url);
  try {
    await offlineReady(p);
    const before = await p.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    assert.equal(await p.getByText('A new version of Keystone is available').count(), 0);
    // Deploy a changed build: a changed index.html, and its worker as the build writes it.
    const index = path.join(dir, 'index.html');
    // (The marker is in the description: the app sets the title of each page itself.)
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<meta name="description" content="', '<meta name="description" content="(new) '));
    execFileSync('node', [path.resolve(here, '../../.ci/precache.mjs'), dir]);
    // The open page keeps running the old build; it hears of the new one.
    await p.reload();
    const notice = p.getByRole('status').filter({ hasText: 'A new version of Keystone is available' });
    await notice.waitFor({ timeout: 60_000 });
    const description = () => p.locator('meta[name="description"]').getAttribute('content');
    assert.doesNotMatch(await description(), /\(new\)/);
    await Promise.all([p.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await p.getByRole('navigation').first().waitFor();
    assert.match(await description(), /^\(new\) /);
    const after = await p.evaluate(() => caches.keys());
    assert.equal(after.length, 1, 'one cache: the old build\'s is gone');
    assert.notEqual(after[0], before[0]);
    assert.equal(await p.getByText('A new version of Keystone is available').count(), 0);
  } finally {
    await ctx.close();
    site.server.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('your own file: Ctrl+S without the File System Access API downloads it under the opened name; the top bar and the data page follow', async () => {
  await page.addInitScript(() => { delete window.showOpenFilePicker; delete window.showSaveFilePicker; });
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  // No file yet: Ctrl+S downloads a dated copy and links it.
  const [first] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.match(first.suggestedFilename(), /^keystone-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const bar = page.locator('header .file-status');
  await bar.filter({ hasText: `${first.suggestedFilename()}: saved` }).waitFor();
  // Open a client's file (the file input, as in Firefox and Safari).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-file-'));
  const client = path.join(dir, 'client-acme.json');
  await first.saveAs(client);
  await app.nav('Import / export').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.button('Open file…').click()]);
  await chooser.setFiles(client);
  await app.button('Open this file (replaces the workspace)').click();
  await bar.filter({ hasText: 'client-acme.json: saved' }).waitFor();
  await page.getByText('Open file: “client-acme.json”. It holds every change.').waitFor();
  // A change: the top bar says it is not in the file.
  await page.getByLabel('Workspace name').fill('Acme workshop');
  await page.getByLabel('Workspace name').press('Tab');
  await bar.filter({ hasText: 'client-acme.json: changes not saved to the file' }).waitFor();
  // Ctrl+S while typing in a field: the file gets the text being typed.
  await page.getByLabel('Workspace name').fill('Acme workshop 2');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.equal(saved.suggestedFilename(), 'client-acme.json');
  const file = JSON.parse(fs.readFileSync(await saved.path(), 'utf8'));
  assert.equal(file.format, 'keystone-workspace');
  assert.equal(file.data.settings.name, 'Acme workshop 2');
  assert.equal(file.data.accounts.length, 200);
  await bar.filter({ hasText: 'client-acme.json: saved' }).waitFor();
  await page.getByText(/Last copy: \d{4}-\d{2}-\d{2} \d{2}:\d{2}, “client-acme.json”\./).waitFor();
  // Save as… here asks for a name and downloads under it.
  await app.button('Save as…').click();
  await page.getByLabel('File name').fill('acme-v2');
  const [renamed] = await Promise.all([page.waitForEvent('download'), app.button('Download').click()]);
  assert.equal(renamed.suggestedFilename(), 'acme-v2.json');
  await bar.filter({ hasText: 'acme-v2.json: saved' }).waitFor();
  // An export is a copy too: the data page says so at once.
  const [exported] = await Promise.all([page.waitForEvent('download'), app.button('Export workspace').click()]);
  await page.getByText(`, “${exported.suggestedFilename()}”.`, { exact: false }).filter({ hasText: 'Last copy:' }).waitFor();
  // The browser's copy: the answer to the persistence request, and how full storage is.
  await page.locator('.safety .persistence').filter({ hasText: /^Persistent storage (granted|not granted)/ }).waitFor();
  assert.match(await page.locator('.safety .stored-use').textContent(), /kept in this browser \(IndexedDB\)\. Keystone uses \d+\.\d MB of the [\d,.]+ [MG]B .*\(\d+\u00a0%\)/);
  // After a reload the file's name and state are still shown.
  await page.reload();
  await bar.filter({ hasText: 'acme-v2.json: saved' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  // Clearing the workspace unlinks the file: Save must not write an empty one over it.
  await app.button('Clear workspace').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Clear workspace' }).click();
  await bar.waitFor({ state: 'detached' });
  await page.getByText('No file is open.').waitFor();
  assert.equal(await app.storage('keystone.file'), null);
  fs.rmSync(dir, { recursive: true });
});

test('closing the tab asks first only when changes are saved nowhere', async () => {
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
  // Everything is stored: the tab closes without a question.
  const second = await context.newPage();
  await second.goto(baseUrl);
  await second.getByRole('navigation').first().waitFor();
  // A page the user has not touched may close without a question anyway: touch it.
  await second.mouse.click(5, 5);
  second.on('dialog', (d) => { dialogs.push(`second: ${d.type()}`); d.dismiss(); });
  const closed = second.waitForEvent('close');
  await second.close({ runBeforeUnload: true });
  await closed;
  assert.deepEqual(dialogs, []);
  // Storage refuses every write; an edit is then only in this tab.
  await page.evaluate(() => { IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); }; });
  await app.search('Alpentec');
  await app.deleteAccount((await app.rows().first().locator('th').textContent()).trim());
  await page.getByRole('alert').filter({ hasText: 'Saving failed: the browser\'s storage for this site is full' }).waitFor();
  await page.close({ runBeforeUnload: true });
  await expectDialog(dialogs);
  assert.deepEqual(dialogs, ['beforeunload']);
  problems = problems.filter((p) => !/QuotaExceededError/.test(p));
});

async function expectDialog(dialogs) {
  for (let i = 0; i < 50 && dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
}
