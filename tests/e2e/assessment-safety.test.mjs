// Data safety: the self-assessment opens the user's own assessment, never somebody
// else's for editing; "New assessment" at the top; Compare's defaults. And two
// promises the pages must keep: the client-copy merge preview names criteria as the
// user sees them (German), and the spreadsheet import promises a backup only when the
// data page will show one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useHarness, accessibilityViolations } from './harness.mjs';

const h = useHarness();

const stored = async () => JSON.parse(await h.app.storage('keystone.workspace')).data;
const group = (n, name) => h.page.getByRole('group', { name: `Thesis ${n} ${name}` });
const progress = (text) => h.page.getByRole('status').filter({ hasText: text });
const saved = () => h.page.getByRole('region', { name: 'Saved assessments' });

test('with the sample, the self-assessment starts the user\'s own; another participant\'s opens read-only until “Edit this assessment”', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const before = (await stored()).assessments;
  assert.equal(before.length, 6);
  await app.nav('Self-assessment').click();
  await page.waitForURL(/#\/assessment$/);
  // Not the newest saved one (a workshop participant's): a new one of the user's own.
  await page.getByText('A new assessment of your own: it is saved with your first answer.').waitFor();
  await progress('0 of 12 answered').waitFor();
  assert.equal(await page.getByLabel('Name or role').inputValue(), '');
  assert.equal(await group(1, 'Vision').getByRole('radio', { name: /^3 / }).isChecked(), false);
  // One tap answers the user's own, and changes nobody else's.
  await group(1, 'Vision').getByRole('radio', { name: /^3 / }).check();
  await progress('1 of 12 answered').waitFor();
  await page.getByText('Your own assessment: answers are saved as you go.').waitFor();
  await app.waitSaved();
  let now = (await stored()).assessments;
  assert.equal(now.length, 7);
  assert.deepEqual(now.slice(0, 6), before, 'the saved assessments are untouched');
  assert.deepEqual(now[6].ratings, { vision: 3 });
  // A reload continues it.
  await page.reload();
  await progress('1 of 12 answered').waitFor();
  assert.equal(await group(1, 'Vision').getByRole('radio', { name: /^3 / }).isChecked(), true);
  await saved().getByText(/\(yours, open now\)/).waitFor();

  // Another participant's opens read-only: a tap changes nothing.
  await saved().getByRole('link', { name: 'Markus Roth (management)' }).click();
  await page.getByText('This is the assessment of Markus Roth (management) from 2026-11-19. It is open to read only, so that no answer is changed by mistake.').waitFor();
  await progress('12 of 12 answered').waitFor();
  const vision1 = group(1, 'Vision').getByRole('radio', { name: /^1 / });
  assert.equal(await vision1.isDisabled(), true);
  await group(1, 'Vision').locator('label.level').first().click({ force: true });
  assert.equal(await page.getByLabel('Name or role').getAttribute('readonly'), '');
  assert.equal(await page.getByLabel('Comment on “Vision” (optional)').getAttribute('readonly'), '');
  assert.equal(await page.getByRole('button', { name: /^Clear rating of/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Next unanswered area' }).count(), 0);
  assert.deepEqual(await accessibilityViolations(page), [], 'the read-only assessment');
  await page.waitForTimeout(300);
  now = (await stored()).assessments;
  assert.deepEqual(now.slice(0, 6), before, 'a tap on a read-only answer changes nothing');

  // The user chooses to edit it: now the tap counts, and the page says whose it is.
  await app.button('Edit this assessment').click();
  await page.getByText('You are changing the answers of Markus Roth (management) from 2026-11-19. Every change is saved.').waitFor();
  await vision1.check();
  await app.waitSaved();
  now = (await stored()).assessments;
  assert.equal(now[5].respondent, 'Markus Roth (management)');
  assert.equal(now[5].ratings.vision, 1);
  // The user's own is still theirs.
  await app.nav('Self-assessment').click();
  await progress('1 of 12 answered').waitFor();
  await page.getByText('Your own assessment: answers are saved as you go.').waitFor();
  // German.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByText('Ihre eigene Einschätzung: Antworten werden laufend gespeichert.').waitFor();
  await page.getByRole('region', { name: 'Gespeicherte Einschätzungen' }).getByRole('link', { name: 'Sales management' }).first().click();
  await page.getByRole('button', { name: 'Diese Einschätzung bearbeiten', exact: true }).waitFor();
});

test('an own assessment from an empty workspace does not make the sample\'s first assessment (the same id) editable', async () => {
  const { page, app } = h;
  await page.goto(h.baseUrl + '#/assessment'); await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await group(2, 'Strategy').getByRole('radio', { name: /^4 / }).check();
  await progress('1 of 12 answered').waitFor();
  await app.waitSaved();
  assert.equal((await stored()).assessments[0].id, 1);
  await app.nav('Accounts').click();
  await app.loadSample();
  await app.waitSaved();
  // The sample's assessment 1 is the head of sales': it opens read-only.
  await page.goto(h.baseUrl + '#/assessment/1'); await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByText(/^This is the assessment of Sales management from 2025-11-14\./).waitFor();
  assert.equal(await group(2, 'Strategy').getByRole('radio', { name: /^4 / }).isDisabled(), true);
  // And "Self-assessment" starts a new one of the user's own.
  await page.goto(h.baseUrl + '#/assessment'); await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByText('A new assessment of your own: it is saved with your first answer.').waitFor();
});

test('“New assessment” is at the top at 390 and 1400 pixels', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  for (const [width, height] of [[390, 844], [1400, 900]]) {
    await page.setViewportSize({ width, height });
    await page.goto(h.baseUrl + '#/assessment/6'); await page.locator('header.topbar').waitFor();
    await page.getByRole('heading', { name: 'KAM self-assessment', level: 1 }).waitFor();
    const button = app.button('New assessment');
    await button.waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    const box = await button.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, `at ${width} px the button is at ${JSON.stringify(box)}`);
  }
  // It starts a new assessment of the user's own, editable at once.
  await app.button('New assessment').click();
  await page.waitForURL(/#\/assessment\/7$/);
  await page.getByText('Your own assessment: answers are saved as you go.').waitFor();
  await group(12, 'Negotiation').getByRole('radio', { name: /^2 / }).check();
  await progress('1 of 12 answered').waitFor();
});

test('Compare starts with the same person twice, earlier first', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  await page.goto(h.baseUrl + '#/assessment/compare'); await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const selected = (label) => page.getByLabel(label).evaluate((s) => s.options[s.selectedIndex].textContent);
  assert.equal(await selected('Earlier'), 'Sales management · 2025-11-14');
  assert.equal(await selected('Later'), 'Sales management · 2026-11-13');
  const change = (area) => page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) }).locator('td');
  assert.deepEqual(await change('Vision').allTextContents(), ['2', '3', '+1']);
  assert.equal(await page.getByText(/two different people/).count(), 0);
});

test('Compare with only two different people chooses nothing for the user, and says so when they are chosen', async () => {
  const { page, app } = h;
  const file = (name, who) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({
    format: 'keystone-assessment', schema_version: 1, app_version: 'x', exported_at: '2026-11-20T10:00:00Z',
    data: { assessments: [{ id: 1, respondent: who, date: '2026-11-19', ratings: { vision: who.length % 5 + 1 } }] },
  })) });
  await page.goto(h.baseUrl + '#/assessment'); await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByLabel('Import assessment files').setInputFiles([file('anna.json', 'Anna Berg (KAM)'), file('jonas.json', 'Jonas Wolf (Vertriebsleiter)')]);
  await page.getByText('2 assessments imported.').waitFor();
  await app.waitSaved();
  await page.getByRole('navigation', { name: 'Self-assessment pages' }).getByRole('link', { name: 'Compare' }).click();
  await page.getByText('Choose the two assessments to compare (two are chosen for you only when the same person answered twice).').waitFor();
  assert.equal(await page.getByLabel('Earlier').inputValue(), '');
  assert.equal(await page.getByLabel('Later').inputValue(), '');
  await page.getByLabel('Earlier').selectOption({ label: 'Anna Berg (KAM) · 2026-11-19' });
  await page.getByLabel('Later').selectOption({ label: 'Jonas Wolf (Vertriebsleiter) · 2026-11-19' });
  await page.getByText('These are two different people (Anna Berg (KAM) and Jonas Wolf (Vertriebsleiter)): the change is between them, not over time.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'Compare with two people chosen');
});

test('the client-copy merge preview names the sample\'s criteria as the German page does, not by their ids', async () => {
  const { page, app, baseUrl } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const first = await page.locator('table.accounts tbody tr th a').first().getAttribute('href');
  const id = first.split('/').pop();
  await page.goto(baseUrl + first);
  const copySection = page.getByRole('region', { name: 'Client copy' });
  const [download] = await Promise.all([page.waitForEvent('download'), copySection.getByRole('button', { name: 'Export client copy' }).click()]);
  const returned = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const profile = returned.data.key_accounts[id].profiles[0].profile;
  const performance = profile.criteria.find((c) => c.id === 'performance');
  assert.ok(performance && !performance.name, 'the sample uses the default criterion, unnamed');
  performance.weight += 10;
  profile.criteria.find((c) => c.id === 'delivery').weight -= 10;
  profile.us.performance = 99;
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await app.goto('#/data');
  await page.getByLabel('Datei zum Importieren wählen').setInputFiles({ name: 'zurück.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(returned)) });
  const preview = page.getByRole('region', { name: 'Import' });
  await preview.getByText(/Gewicht von Leistungsfähigkeit des Systems \d+ → \d+ %/).waitFor();
  await preview.getByText(/Gewicht von Lieferzuverlässigkeit \d+ → \d+ %/).waitFor();
  await preview.getByText(/ihre Bewertung von uns bei Leistungsfähigkeit des Systems .* → 99/).waitFor();
  const text = await preview.locator('ul.merge-changes').textContent();
  assert.doesNotMatch(text, /\b(performance|delivery|security|price|standards)\b/, text);
});

test('the spreadsheet import promises a backup only when the data page will show one', async () => {
  const { page, app } = h;
  const csv = (name) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('Name,Revenue\nAlpha GmbH,1000\nBeta AG,2000\n') });
  await app.goto();
  await page.getByRole('heading', { name: 'Your workspace is empty' }).waitFor();
  await page.getByRole('link', { name: 'Import a customer list (CSV, Excel)' }).click();
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(csv('first.csv'));
  await page.getByText('The workspace is empty, so no backup is made: “Undo” in the notice after the import empties it again.').waitFor();
  assert.equal(await page.getByText(/kept as the backup/).count(), 0);
  await app.button('Import 2 rows').click();
  await page.getByText('first.csv imported: 2 accounts added, 0 updated.').waitFor();
  await app.nav('Import / export').click();
  await page.getByText('There is no backup yet. One is made whenever an import, the sample or clearing replaces the workspace.').waitFor();

  // Into a workspace that holds something: the promise, and the data page keeps it.
  await app.goto('#/import');
  await page.getByLabel('Choose a CSV or Excel file').setInputFiles(csv('second.csv'));
  await page.getByText('The workspace as it is now is kept as the backup (Data page: “Restore backup”).').waitFor();
  await app.button('Import 2 rows').click();
  await page.getByText('second.csv imported: 0 accounts added, 0 updated.').waitFor();
  await app.nav('Import / export').click();
  await page.getByText('The workspace as it was before the last import, sample load or clearing: 2 accounts.').waitFor();
  await app.button('Restore backup').waitFor();
});
