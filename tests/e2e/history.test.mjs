// The sales history where the customer list already is: the register's year columns
// (revenue of a chosen year, change, trend line, sorting), the Pareto page on a year of
// the history, a key account's revenue trend by offering; German too; the history
// survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './harness.mjs';

const h = useHarness();

test('register year columns, Pareto by year and the key account trend, English and German', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  await app.goto('#/accounts');
  // The latest full year is the default; the trend line names its values.
  const year = page.getByRole('combobox', { name: 'Revenue of the year' });
  assert.equal(await year.inputValue(), '2025');
  await page.getByRole('columnheader', { name: /Revenue 2025/ }).waitFor();
  await page.getByRole('columnheader', { name: /Change to 2024/ }).waitFor();
  const first = app.rows().first();
  const trend = first.getByRole('img', { name: /^Revenue 2021–2025: / });
  assert.equal(await trend.count(), 1);
  // The sample's last year is the customer list's revenue.
  const cells = await first.locator('td').allInnerTexts();
  assert.equal(cells[2], cells[3], `revenue ${cells[2]} and revenue 2025 ${cells[3]}`);
  // Another year: its revenue is shown; sorting by the change puts the largest first.
  await year.selectOption('2024');
  await page.getByRole('columnheader', { name: /Revenue 2024/ }).waitFor();
  // A number column sorts descending on the first click.
  await page.getByRole('button', { name: /Change to 2023/ }).click();
  const changes = await app.rows().locator('td:nth-child(6)').allInnerTexts();
  // The largest change first; customers without revenue the year before ("—") last,
  // in either direction.
  assert.ok(!changes.slice(0, 5).some((t) => t.startsWith('—')), `changes: ${changes.slice(0, 12)}`);
  const numbers = changes.slice(0, 5)
    .map((t) => parseFloat(t.replace(/[^0-9.,+-]/g, '').replace(',', '')));
  assert.equal(numbers.length, 5, `changes: ${changes.slice(0, 12)}`);
  assert.ok(numbers[0] >= numbers[4], `sorted descending: ${numbers}`);
  await year.selectOption('2025');

  // Pareto on a year: the measure is fixed to revenue; the classes differ from 2024.
  await app.goto('#/pareto');
  const basis = page.getByRole('combobox', { name: 'Basis' });
  await basis.selectOption('2024');
  assert.equal(await page.getByLabel('Measure').isDisabled(), true);
  const headline2024 = await page.locator('.headline').innerText();
  await basis.selectOption('');
  assert.equal(await page.getByLabel('Measure').isDisabled(), false);
  const headlineList = await page.locator('.headline').innerText();
  assert.notEqual(headline2024, headlineList);

  // The first key account's overview: the trend by offering, its table.
  await app.goto('#/accounts/1');
  await page.getByRole('heading', { name: 'Revenue by offering' }).waitFor();
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  const table = page.locator('table').filter({ hasText: 'Offering' });
  await table.getByRole('columnheader', { name: '2021' }).waitFor();
  await table.getByRole('rowheader', { name: 'Total' }).or(table.getByRole('cell', { name: 'Total' })).first().waitFor();

  // German, after a reload: the history was stored.
  await page.reload();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Umsatz nach Angebot' }).waitFor();
  await app.goto('#/accounts');
  await page.getByRole('columnheader', { name: /Umsatz 2025/ }).waitFor();
  await page.getByRole('columnheader', { name: /Veränderung zu 2024/ }).waitFor();
  assert.equal(await app.rows().first().getByRole('img', { name: /^Umsatz 2021–2025: / }).count(), 1);
  await app.goto('#/pareto');
  await page.getByRole('combobox', { name: 'Grundlage' }).selectOption({ label: 'Umsatz 2024 (Verlauf)' });
});
