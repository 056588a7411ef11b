// Sales history import (issue 27, docs/spreadsheets.md "Sales history"): on the sample,
// a German long-format CSV (semicolons, "1.234,56") with a new year 2026 for two
// customers, one customer not in the list and one bad period; the problems named by row
// and column; merged; the stored history and the register's "Umsatz 2026" column; Undo
// restores the history and the offerings; the export reads as the long shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useHarness, accessibilityViolations } from './harness.mjs';

const h = useHarness();

const has2026 = (t) => JSON.parse(t).data.history.some((r) => r[1] === '2026');

const german = async () => {
  await h.page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await h.app.nav('Kunden').waitFor();
};

test('a German history CSV: problems by row and column, merged, Umsatz 2026 in the register, Undo; the export', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await german();
  const before = JSON.parse(await app.storage('keystone.workspace')).data;
  const [a, b] = before.accounts;
  const offering = before.offerings[0].name;
  assert.ok(!before.history.some((r) => String(r[1]).startsWith('2026')), 'the sample has no 2026 yet');

  await page.goto(`${h.baseUrl}#/data`);
  await page.getByRole('heading', { name: 'Umsatzhistorie importieren (CSV, Excel)' }).waitFor();
  const csv = [
    'Kundennummer;Kunde;Jahr;Produktgruppe;Umsatz',
    `${a.customer_number};;2026;${offering};1.234,56`,
    `${b.customer_number};;2026;Neues Angebot;2.500,00`,
    '99999;Unbekannt GmbH;2026;Antriebe;500,00',
    `${a.customer_number};;Frühjahr 2026;${offering};10,00`,
    '',
  ].join('\r\n');
  await page.getByLabel('Datei mit Umsatzhistorie wählen').setInputFiles({
    name: 'historie-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  // The columns recognised from the German headers.
  const field = (n, header) => page.getByRole('combobox', { name: `Spalte ${n} (${header})` });
  await field(1, 'Kundennummer').waitFor();
  assert.equal(await field(1, 'Kundennummer').inputValue(), 'customer_number');
  assert.equal(await field(3, 'Jahr').inputValue(), 'period');
  assert.equal(await field(4, 'Produktgruppe').inputValue(), 'offering');
  assert.equal(await field(5, 'Umsatz').inputValue(), 'revenue');
  // The problems, named with row and column.
  await page.getByText('2 Historienzeilen aus 4 Zeilen; 2 Zeilen mit Problemen werden ausgelassen.').waitFor();
  await page.getByText('Zeile 4, Kundennummer: Kunde „99999“ ist nicht in der Liste').waitFor();
  await page.getByText(/^Zeile 5, Jahr: „Frühjahr 2026“ ist kein Zeitraum/).waitFor();
  await page.getByText('1 Kunde nicht in der Liste: Unbekannt GmbH (99999)').waitFor();
  await page.getByText('Neue Angebote: Neues Angebot').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the data page with a history file');
  // The mapping and the problems fit a phone.
  await page.setViewportSize({ width: 390, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling at 390 px');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Said before the import: a new year replaces nothing; replacing would remove all.
  await page.getByText('Keine gespeicherte Zeile wird ersetzt.').waitFor();
  // … and a new year for two customers makes the others look lost in it.
  const sums = new Map();
  for (const [account, period, , , revenue] of before.history) {
    if (String(period) === '2025') sums.set(account, (sums.get(account) ?? 0) + revenue);
  }
  const buyers2025 = [...sums.values()].filter((v) => v > 0).length;
  assert.ok(buyers2025 > 4, `the sample has buyers in 2025 (${buyers2025})`);
  const n = buyers2025.toLocaleString('de-DE');
  await page.getByText(`2026 ist neu: Umsatz für 2 der ${n} Kunden, die 2025 gekauft haben.`, { exact: false }).waitFor();
  await page.getByRole('radio', { name: 'Die ganze Umsatzhistorie ersetzen' }).check();
  await page.getByText(`${before.history.length.toLocaleString('de-DE')} gespeicherte Zeilen werden ersetzt.`).waitFor();
  await page.getByRole('radio', { name: /^Zusammenführen/ }).check();
  await app.button('2 Historienzeilen importieren').click();
  await page.getByText('2 Historienzeilen aus historie-2026.csv importiert (0 gespeicherte Zeilen ersetzt).').waitFor();
  const stored = JSON.parse(await app.waitStored(has2026)).data;
  const rows2026 = stored.history.filter((r) => r[1] === '2026');
  assert.equal(rows2026.length, 2);
  assert.deepEqual(rows2026.map((r) => [r[0], r[4]]).sort(), [[a.id, 1234.56], [b.id, 2500]].sort());
  assert.equal(stored.history.length, before.history.length + 2);
  assert.ok(stored.offerings.some((o) => o.name === 'Neues Angebot'));

  // The register shows history years: 2026 can be chosen and is a column.
  await page.goto(`${h.baseUrl}#/`);
  await page.getByRole('combobox', { name: 'Umsatz des Jahres' }).selectOption('2026');
  await page.getByRole('columnheader', { name: /Umsatz 2026/ }).waitFor();
  await page.getByText(`2026 hat Umsatz für 2 der ${n} Kunden, die 2025 gekauft haben: Die übrigen zeigen −100 %.`, { exact: false }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the register with a thin year');
  await page.getByRole('combobox', { name: 'Umsatz des Jahres' }).selectOption('2025');
  await page.locator('.thin-year').waitFor({ state: 'detached' });

  await app.button('Rückgängig').click();
  await page.getByText('Rückgängig gemacht.').waitFor();
  const undone = JSON.parse(await app.waitStored((t) => !has2026(t))).data;
  assert.equal(undone.history.length, before.history.length);
  assert.deepEqual(undone.offerings, before.offerings, 'Undo restores the offerings too');

  // Export: the long shape with customer numbers and names.
  await page.goto(`${h.baseUrl}#/data`);
  const [file] = await Promise.all([page.waitForEvent('download'), app.button('Umsatzhistorie herunterladen (CSV)').click()]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  assert.match(text, /^\uFEFF?Kundennummer;Kunde;Zeitraum;Angebot;Einheit;Umsatz;Deckungsbeitrag\r?\n/);
  assert.equal(text.trim().split(/\r?\n/).length, before.history.length + 1);
  assert.ok(text.includes(`${a.customer_number};${a.name};`));
});

test('customers added for a history file go with the Undo of its import', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  const before = JSON.parse(await app.storage('keystone.workspace')).data;
  const [a] = before.accounts;
  await page.goto(`${h.baseUrl}#/data`);
  const csv = [
    'Customer number;Customer;Year;Offering;Revenue',
    `${a.customer_number};;2026;${before.offerings[0].name};100`,
    '99999;Newcomer Ltd;2026;Drives;500',
    '',
  ].join('\n');
  await page.getByLabel('Choose a sales history file').setInputFiles({
    name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByText('1 customer not in the list: Newcomer Ltd (99999)').waitFor();
  await app.button('Add them as new accounts').click();
  await page.getByText('1 account added.').waitFor();
  // Read again with the new account: both rows are history rows now.
  await app.button('Import 2 history rows').click();
  await page.getByText('2 history rows imported from history.csv (0 stored rows replaced).').waitFor();
  const imported = JSON.parse(await app.waitStored(has2026)).data;
  assert.ok(imported.accounts.some((x) => x.name === 'Newcomer Ltd' && x.customer_number === '99999'));

  await app.button('Undo').click();
  await page.getByText('Undone.').waitFor();
  const undone = JSON.parse(await app.waitStored((t) => !has2026(t))).data;
  assert.equal(undone.history.length, before.history.length);
  assert.deepEqual(undone.accounts.map((x) => x.name), before.accounts.map((x) => x.name), 'the added customer is gone again');
});

test('a workspace file given to the history import is sent to the import above', async () => {
  const { page, app } = h;
  await app.goto('#/data');
  await page.getByLabel('Choose a sales history file').setInputFiles({
    name: 'keystone.json', mimeType: 'application/json', buffer: Buffer.from('{}'),
  });
  await page.getByText('“keystone.json” is a Keystone workspace file: import it above under “Import”.').waitFor();
});

// A large file (30,000 rows) is read in slices: the progress names the rows read, and
// Cancel (its own accessible name) leaves the stored history as it was; "Check again"
// reads it to the end. The CPU is slowed so that the progress shows long enough.
test('30,000 history rows: progress "… of 30,000 rows", Cancel leaves the history unchanged, check again', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  const before = JSON.parse(await app.storage('keystone.workspace')).data;
  const numbers = before.accounts.map((a) => a.customer_number).filter(Boolean);
  const lines = ['Customer number;Year;Offering;Revenue'];
  for (let i = 0; i < 30000; i++) {
    lines.push(`${numbers[i % numbers.length]};${2000 + (i % 20)};Bench ${i % 6};${i},50`);
  }
  await page.goto(`${h.baseUrl}#/data`);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.getByLabel('Choose a sales history file').setInputFiles({
    name: 'history-30000.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
  const bar = page.getByRole('progressbar', { name: 'Progress of reading the sales history' });
  await bar.waitFor({ timeout: 60000 });
  await page.getByText(/^Reading the history: [\d,]+ of 30,000 rows \(\d+ %\)$/).waitFor({ timeout: 60000 });
  await page.getByRole('button', { name: 'Cancel reading the sales history' }).click();
  await page.getByText('The check was stopped; nothing can be imported until every row is checked.').waitFor();
  assert.equal(await bar.count(), 0);
  assert.ok(await page.getByRole('button', { name: /^Import \d+ history rows$/ }).isDisabled(), 'nothing to import after Cancel');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForTimeout(600); // past the autosave delay: nothing was changed
  const after = JSON.parse(await app.storage('keystone.workspace')).data;
  assert.deepEqual(after.history, before.history, 'Cancel leaves the history unchanged');
  assert.deepEqual(after.offerings, before.offerings);

  await app.button('Check again').click();
  const button = page.getByRole('button', { name: 'Import 30,000 history rows' });
  await button.waitFor({ timeout: 60000 });
  assert.ok(await button.isEnabled());
  await page.getByText('30,000 history rows from 30,000 rows; 0 rows with problems are left out.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the data page after reading a large history file');
});

// Headers no list knows: the user chooses; the next file with these headers comes with
// the same choices (an ignored column stays ignored), in German too.
test('a second file with the same headers has the columns chosen as before', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  const before = JSON.parse(await app.storage('keystone.workspace')).data;
  const a = before.accounts[0];
  const csv = ['Debitor;GJ;Sparte;Netto', `${a.customer_number};2026;Service;100`].join('\n');
  const choose = (label) => page.getByLabel(label).setInputFiles({
    name: 'erp.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  const field = (n, header) => page.getByRole('combobox', { name: `Column ${n} (${header})` });
  await page.goto(`${h.baseUrl}#/data`);
  await choose('Choose a sales history file');
  await field(1, 'Debitor').waitFor();
  assert.equal(await field(1, 'Debitor').inputValue(), 'customer_number');
  assert.equal(await field(2, 'GJ').inputValue(), '', 'GJ is not recognised');
  assert.equal(await field(3, 'Sparte').inputValue(), 'offering');
  assert.equal(await field(4, 'Netto').inputValue(), '');
  await field(2, 'GJ').selectOption('period');
  await field(3, 'Sparte').selectOption('');
  await field(4, 'Netto').selectOption('revenue');
  await app.button('Import 1 history row').click();
  await page.getByText('1 history row imported from erp.csv (0 stored rows replaced).').waitFor();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await choose('Datei mit Umsatzhistorie wählen');
  const feld = (n, header) => page.getByRole('combobox', { name: `Spalte ${n} (${header})` });
  await feld(1, 'Debitor').waitFor();
  assert.deepEqual(
    [await feld(1, 'Debitor').inputValue(), await feld(2, 'GJ').inputValue(), await feld(3, 'Sparte').inputValue(), await feld(4, 'Netto').inputValue()],
    ['customer_number', 'period', '', 'revenue'],
  );
  await app.button('1 Historienzeile importieren').waitFor();
});
