// "Development over time" (issue 27): the sample's five years in the yearly table and
// chart, the class migration's A → B cell opened by keyboard with its customers and a
// link to one, growth per customer sorted by CAGR; English and German; the empty page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './harness.mjs';

const h = useHarness();
const YEARS = ['2021', '2022', '2023', '2024', '2025'];

async function yearRows(page) {
  const rows = page.locator('table.development-years tbody tr');
  await rows.first().waitFor();
  const out = {};
  for (const row of await rows.all()) {
    const year = (await row.locator('th').textContent()).trim();
    out[year] = (await row.locator('td').allTextContents()).map((t) => t.trim());
  }
  return out;
}

test('without history the page says what it shows and links to the import', async () => {
  const { page, app } = h;
  await app.goto('#/development');
  await page.getByRole('heading', { name: 'Development over time', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'No sales history yet' }).waitFor();
  const link = page.getByRole('link', { name: 'Import sales history' });
  assert.equal(await link.getAttribute('href'), '#/data');
});

test('the sample: five years, the A → B cell by keyboard, a customer\'s link, German', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.nav('Development').click();
  await page.waitForURL(/#\/development$/);
  await page.getByRole('heading', { name: 'Development over time', level: 1 }).waitFor();
  // The span defaults to the whole history up to the latest full year.
  assert.equal(await page.getByLabel('From year').inputValue(), '2021');
  assert.equal(await page.getByLabel('To year').inputValue(), '2025');
  const years = await yearRows(page);
  assert.deepEqual(Object.keys(years), YEARS);
  for (const y of YEARS) {
    const [customers, revenue] = years[y];
    assert.match(customers, /^\d+$/, y);
    assert.match(revenue, /^-?[\d,]+(\.\d\d)?$/, y);
  }
  // The first year has nothing to compare with; later years have figures.
  assert.match(years['2021'][2], /not defined/);
  assert.match(years['2025'][3], /^[1-9]\d*$/, 'a lost customer in 2025');
  assert.match(years['2025'][4], /%$/);
  assert.match(years['2025'][5], /%$/);
  // The chart, with its data one click away.
  await page.getByRole('img', { name: /Revenue per year as bars/ }).locator('canvas').waitFor();
  // Definitions under the table.
  await page.getByText(/^Net revenue retention: this year's revenue/).waitFor();

  // Class migration: 2024 → 2025 by default; the sentence names the slipped customers.
  assert.equal(await page.getByLabel('Earlier year').inputValue(), '2024');
  assert.equal(await page.getByLabel('Later year').inputValue(), '2025');
  assert.match(await page.locator('.headline').textContent(), /From 2024 to 2025: \d+ customers? slipped from A to B or C/);
  const cell = page.getByRole('button', { name: /^A to B: \d+ customers?, show them/ });
  await cell.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: /^A → B: \d+ customers?$/, level: 3 });
  await heading.waitFor();
  assert.equal(await cell.getAttribute('aria-expanded'), 'true');
  // The focus moved to the list.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3');
  const list = page.locator('.migration-customers table tbody tr');
  assert.ok(await list.count() >= 1);
  const link = list.first().getByRole('link');
  const name = (await link.textContent()).trim();
  assert.ok(name.length > 0);

  // Growth per customer: sorted by CAGR, largest first.
  const cagr = page.locator('table.development-growth thead th').nth(3);
  assert.equal(await cagr.getAttribute('aria-sort'), 'descending');
  assert.ok(await page.locator('table.development-growth tbody tr').count() > 10);

  // German: the same page, German numbers and words.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Entwicklung über die Zeit', level: 1 }).waitFor();
  const jahre = await yearRows(page);
  assert.deepEqual(Object.keys(jahre), YEARS);
  for (const y of YEARS) assert.match(jahre[y][1], /^-?[\d.]+(,\d\d)?$/, y);
  assert.match(jahre['2021'][2], /nicht definiert/);
  assert.match(jahre['2025'][4], /^\d+,\d\u00a0%$/);
  await page.getByRole('heading', { name: /^A → B: \d+ Kunden?$/, level: 3 }).waitFor();
  await page.getByRole('button', { name: /^A nach B: / }).waitFor();

  // The customer's link opens its account.
  await link.click();
  await page.waitForURL(/#\/accounts\/\d+$/);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('heading', { name: new RegExp(escaped), level: 1 }).waitFor();
});

test('a span of one year and the growth table sorted by name', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.goto('#/development');
  await page.getByLabel('From year').selectOption('2023');
  // "To" never runs before "From": picking an earlier "To" moves "From" with it.
  await page.getByLabel('To year').selectOption('2022');
  await page.waitForFunction(() => document.querySelectorAll('table.development-years tbody tr').length === 1);
  assert.equal(await page.getByLabel('From year').inputValue(), '2022');
  assert.deepEqual(Object.keys(await yearRows(page)), ['2022']);
  await page.getByRole('button', { name: 'Customer', exact: true }).click();
  await page.locator('table.development-growth thead th[aria-sort="ascending"]').waitFor();
  const names = (await page.locator('table.development-growth tbody th').allTextContents()).map((n) => n.trim().toLowerCase());
  assert.ok(names.length > 10);
  for (let i = 1; i < names.length; i++) assert.ok(names[i - 1] <= names[i], `${names[i - 1]} before ${names[i]}`);
});
