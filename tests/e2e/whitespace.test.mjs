// The whitespace matrix (issue 27): the sample's first key account's whitespace tab, a
// gap marked not relevant, another turned into a plan action (which the plan then
// lists), a unit added and a loop refused, reload keeps it all, German too; the page
// across the key accounts shows the penetration and the suggested selling stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './harness.mjs';

const h = useHarness();

const cells = (page) => page.locator('table.ws-matrix tbody button');

// The accessible names of the matrix cells ("Servo drives in North plant: open").
async function labels(page) {
  return cells(page).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
}

// The "offering in unit" part of the first open cell's name not in `except`.
async function openGap(page, except = []) {
  const all = await labels(page);
  const found = all.find((l) => /: (open|offen)\b/.test(l) && !except.some((e) => l.startsWith(`${e}: `)));
  assert.ok(found, `an open gap among ${all.join(' | ')}`);
  return found.slice(0, found.lastIndexOf(': '));
}

const cell = (page, place) => page.getByRole('button', { name: new RegExp(`^${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });

test('a gap marked not relevant and another turned into a plan action survive a reload, in English and German', async () => {
  const { page, app, baseUrl } = h;
  await app.goto();
  await app.loadSample();
  const first = await page.locator('table.accounts tbody tr th a').first().getAttribute('href');
  const name = (await page.locator('table.accounts tbody tr th a').first().textContent()).trim();
  await page.goto(baseUrl + first);
  await page.getByRole('navigation', { name: /sections/i }).getByRole('link', { name: 'Whitespace' }).click();
  await page.getByRole('heading', { name: `${name} – Whitespace`, level: 1 }).waitFor();
  assert.match(page.url(), /#\/accounts\/\d+\/whitespace$/);
  await cells(page).first().waitFor();

  // The sample shows every status, proposed and entered potentials by their label.
  const all = await labels(page);
  assert.ok(all.some((l) => /: buys [\d,.]+$/.test(l)), all.join(' | '));
  assert.ok(all.some((l) => /: in progress$/.test(l)), 'the sample action on a gap');
  assert.ok(all.some((l) => /: not relevant$/.test(l)), 'the sample marks one cell');
  assert.ok(all.some((l) => /: open · entered [\d,.]+$/.test(l)), 'the sample enters one potential');
  // The country buys through its plants: said in its cell, counted in theirs.
  const country = all.find((l) => / in Germany: its parts buy [\d,.]+$/.test(l));
  assert.ok(country, all.join(' | '));
  await page.getByRole('button', { name: country }).click();
  await page.getByText('Bought by the units that are part of this one: counted in their cells, not twice in the totals.').waitFor();
  await app.button('Close').click();
  await page.getByRole('heading', { name: 'Largest gaps' }).waitFor();
  await page.getByText(/^Open potential in total: [\d,.]+ a year\.$/).waitFor();
  // The amounts name their currency: in the legend and the sums' headers.
  await page.getByText(/^Amounts in EUR\. Proposed: /).waitFor();
  await page.getByRole('columnheader', { name: /^Bought \d{4}–\d{4} \(EUR\)$/ }).waitFor();
  await page.getByRole('columnheader', { name: 'Open potential a year (EUR)' }).waitFor();

  // A gap marked not relevant.
  const a = await openGap(page);
  await cell(page, a).click();
  await page.getByRole('heading', { name: a, level: 3 }).waitFor();
  await app.button('Mark not relevant').click();
  await page.getByRole('button', { name: `${a}: not relevant` }).waitFor();
  // A negative potential is refused with a message; nothing is stored.
  const b = await openGap(page, [a]);
  await cell(page, b).click();
  await page.getByLabel('Potential a year').fill('-5');
  await app.button('Save potential').click();
  await page.getByText('The potential cannot be negative.').waitFor();
  // Another gap turned into a plan action.
  await app.button('Create plan action').click();
  await page.getByRole('status').getByText(`Action “Cross-selling: ${b}” added to the plan.`).waitFor();
  await page.getByRole('button', { name: `${b}: in progress` }).waitFor();

  // A unit added; a name used twice and a loop are refused.
  await page.getByLabel('New unit').fill('Werk Tschechien');
  await app.button('Add unit').click();
  await page.getByLabel('Name of unit 5').waitFor();
  await page.getByLabel('New unit').fill('werk tschechien');
  await app.button('Add unit').click();
  await page.getByText('There is already a unit called werk tschechien.').waitFor();
  await page.getByLabel('Part of (unit 5)').selectOption({ index: 1 });
  // The first unit's choices leave out the new one's parent chain back to it.
  const parentOfFive = await page.getByLabel('Part of (unit 5)').inputValue();
  const choicesOfParent = await page.locator(`#ws-unit-parent-${parentOfFive} option`).allTextContents();
  assert.ok(!choicesOfParent.includes('Werk Tschechien'), `no loop offered: ${choicesOfParent}`);
  await app.waitSaved();

  // Reload: all still there.
  await page.reload();
  await page.getByRole('button', { name: `${a}: not relevant` }).waitFor();
  await page.getByRole('button', { name: `${b}: in progress` }).waitFor();
  assert.equal(await page.getByLabel('Name of unit 5').inputValue(), 'Werk Tschechien');
  // The plan lists the action.
  await page.goto(`${baseUrl}${first}/plan`);
  await page.getByText(`Cross-selling: ${b}`).first().waitFor();

  // German: the same cells in German words; a gap marked in German, relevant again.
  await page.goto(`${baseUrl}${first}/whitespace`);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: `${name} – Whitespace`, level: 1 }).waitFor();
  await page.getByRole('button', { name: `${a}: nicht relevant` }).waitFor();
  await page.getByRole('button', { name: `${b}: in Arbeit` }).waitFor();
  const c = await openGap(page, [a, b]);
  await cell(page, c).click();
  await app.button('Als nicht relevant markieren').click();
  await page.getByRole('button', { name: `${c}: nicht relevant` }).waitFor();
  await app.button('Wieder relevant').click();
  await page.getByRole('button', { name: new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: offen`) }).waitFor();
  await app.button('Als nicht relevant markieren').click();
  await page.getByRole('button', { name: `${c}: nicht relevant` }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Alle Änderungen in diesem Browser gespeichert' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: `${c}: nicht relevant` }).waitFor();
  await page.getByRole('button', { name: `${a}: nicht relevant` }).waitFor();
  await page.getByRole('button', { name: `${b}: in Arbeit` }).waitFor();
  assert.deepEqual(h.problems, []);
});

test('the page across the key accounts shows the penetration and the suggested stages, in English and German', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.nav('Whitespace').click();
  await page.getByRole('heading', { name: 'Whitespace across key accounts', level: 1 }).waitFor();
  const rows = page.locator('table.ws-penetration tbody tr');
  assert.equal(await rows.count(), 7, 'every key account');
  const counts = await rows.locator('td:nth-child(2)').allTextContents();
  assert.ok(counts.every((t) => /^\d \/ 6$/.test(t.trim())), counts.join(', '));
  assert.ok(counts.some((t) => !t.startsWith('0')), 'somebody buys');
  const suggested = await rows.locator('td:nth-child(4)').allTextContents();
  assert.ok(suggested.includes('Cross-selling'), suggested.join(', '));
  // Each offering: how many accounts buy it.
  const buying = await page.locator('table.ws-across tbody tr td:nth-last-child(2)').allTextContents();
  assert.equal(buying.length, 6);
  assert.ok(buying.every((t) => /^\d$/.test(t.trim())), buying.join(', '));
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Whitespace über alle Key Accounts', level: 1 }).waitFor();
  await page.getByRole('columnheader', { name: 'Gekaufte Angebote' }).waitFor();
  await page.getByText('Beträge in EUR.').waitFor();
  assert.equal(await page.getByRole('columnheader', { name: 'Offenes Potenzial pro Jahr (EUR)' }).count(), 2);
  const german = await rows.locator('td:nth-child(4)').allTextContents();
  assert.ok(german.includes('Cross-Selling'), german.join(', '));
  assert.deepEqual(h.problems, []);
});
