// End-to-end journeys with broken or hostile spreadsheets (issue 23): number cells
// holding 1e999 or NaN, error cells (#SPILL!, #CALC!, #N/A), Excel's 1904 date system,
// a stray cell in column XFD, a password-protected workbook and an old .xls. Nothing
// unreadable may be stored: each journey reloads and finds its workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useHarness, accessibilityViolations } from './harness.mjs';

const h = useHarness();
const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name) => path.resolve(here, '../fixtures', name);

async function openImport() {
  await h.app.goto('#/import');
  await h.page.getByRole('heading', { name: 'Import a customer list', level: 1 }).waitFor();
}

async function reloadFindsWorkspace(count) {
  await h.app.waitSaved();
  await h.page.reload();
  await h.page.getByRole('navigation').waitFor();
  await h.app.goto('#/accounts');
  assert.match(await h.app.count().textContent(), new RegExp(`${count} of ${count}`));
  assert.equal(await h.page.getByRole('alert').count(), 0, 'no banner: the stored workspace reads back');
  assert.equal(await h.app.storage('keystone.workspace.unreadable'), null);
}

test('an .xlsx with 1e999, NaN and -1e999 in number cells: listed as wrong numbers, fixed or skipped, stored readable', async () => {
  const { page, app } = h;
  await openImport();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(fixture('zahlen-unendlich.xlsx'));
  await page.getByRole('cell', { name: '“NaN” is not a number.' }).waitFor();
  await page.getByRole('cell', { name: '“inf” is not a number.' }).waitFor();
  await page.getByRole('cell', { name: '“-inf” is not a number.' }).waitFor();
  await page.getByText('3 rows with problems still need a correct value or “Skip”.').waitFor();
  assert.ok(await app.button('Import 1 rows').isDisabled());
  await page.getByLabel('Correct value for row 2, Umsatz').fill('1234');
  await page.getByLabel('Correct value for row 2, Umsatz').press('Enter');
  await page.getByLabel('Skip row 3').check();
  await page.getByLabel('Skip row 5').check();
  await page.getByText(/still need a correct value/).waitFor({ state: 'detached' });
  assert.deepEqual(await accessibilityViolations(page), [], 'the import page with wrong numbers');
  await app.button('Import 2 rows').click();
  await page.getByText('zahlen-unendlich.xlsx imported: 2 accounts added, 0 updated.').waitFor();
  await app.waitSaved();
  const stored = JSON.parse(await app.storage('keystone.workspace'));
  const revenues = Object.fromEntries(stored.data.accounts.map((a) => [a.name, a.revenue]));
  assert.deepEqual(revenues, { 'Alpha AG': 1234, 'Gamma KG': 1000 });
  await reloadFindsWorkspace(2);
});

test('an .xlsx with error cells, the 1904 date system and a stray cell in XFD: errors listed and read as empty, dates right, four columns offered', async () => {
  const { page, app } = h;
  await openImport();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(fixture('fehlerzellen-1904.xlsx'));
  const errors = page.locator('.sheet-error-cells');
  await errors.getByText('3 cells hold an Excel error and are read as empty:').waitFor();
  assert.deepEqual(await errors.getByRole('listitem').allTextContents(),
    ['Kunden!B2: #SPILL!', 'Kunden!B4: #CALC!', 'Kunden!D4: #N/A']);
  // Column C is empty and left out; the stray cell keeps its place (column 16,384).
  const fields = page.getByRole('combobox', { name: /^Field for column/ });
  await fields.first().waitFor(); // the mapping's part may arrive after the error list
  assert.equal(await fields.count(), 4);
  const field = (n, header) => page.getByRole('combobox', { name: `Field for column ${n} (${header})` });
  assert.equal(await field(1, 'Kunde').inputValue(), 'name');
  assert.equal(await field(2, 'Umsatz').inputValue(), 'revenue');
  assert.equal(await field(4, 'Kunde seit').inputValue(), 'relationship_since');
  assert.equal(await field(16384, 'Column 16384').inputValue(), '');
  await page.getByText('Every row can be imported.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the import page with error cells');
  await app.button('Import 3 rows').click();
  await page.getByText('fehlerzellen-1904.xlsx imported: 3 accounts added, 0 updated.').waitFor();
  await app.waitSaved();
  const stored = JSON.parse(await app.storage('keystone.workspace'));
  const byName = Object.fromEntries(stored.data.accounts.map((a) => [a.name, a]));
  // Serial 40000 in a 1904 workbook is 7 July 2013 (2009 in the 1900 system).
  assert.equal(byName['Alpha AG'].relationship_since, 2013);
  assert.equal(byName['Beta GmbH'].relationship_since, 2011);
  assert.equal(byName['Beta GmbH'].revenue, 500);
  assert.equal(byName['Gamma KG'].relationship_since ?? null, null);
  await reloadFindsWorkspace(3);
});

test('a password-protected workbook and an old .xls are refused with the real reason; nothing is stored', async () => {
  const { page } = h;
  await openImport();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(fixture('kennwort-geheim.xlsx'));
  await page.getByRole('alert').filter({ hasText: 'kennwort-geheim.xlsx cannot be imported: this workbook is password-protected.' }).waitFor();
  assert.equal(await page.getByText(/not an Excel workbook/).count(), 0);
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(fixture('alt-excel-97.xls'));
  await page.getByRole('alert').filter({ hasText: 'alt-excel-97.xls cannot be imported: it is not an Excel workbook (.xlsx). An old .xls file: open it in Excel and save it as .xlsx.' }).waitFor();
  assert.equal(await h.app.storage('keystone.workspace'), null);
});
