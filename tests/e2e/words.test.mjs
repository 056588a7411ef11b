// Numbers and words, as a German user reads them: counts with thousands separators,
// amounts never rounded behind the user's back, the workspace's currency in headers and
// figures, one term per thing, and the navigation marking the section of an account page
// (issue "Every control works and every analysis is right at its edges").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, accessibilityViolations } from './harness.mjs';

const h = useHarness();

const german = async () => {
  await h.page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await h.app.nav('Kunden').waitFor();
};

test('German: 1.234 customers imported and counted with separators; an amount with cents is shown with its cents', async () => {
  const { page, app } = h;
  await app.goto('#/import');
  await german();
  const lines = ['Kunde;Umsatz'];
  for (let i = 1; i <= 1234; i++) lines.push(`Kunde ${i};${i === 1 ? '420.000,50' : i * 10}`);
  await page.getByLabel('CSV- oder Excel-Datei wählen').setInputFiles({ name: 'viele.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByText('1.234 neu, 0 geändert, 0 unverändert.').waitFor();
  await page.getByRole('button', { name: '1.234 Zeilen importieren' }).click();
  await page.getByText('viele.csv importiert: 1.234 Kunden hinzugefügt, 0 aktualisiert.').waitFor();
  assert.match(await app.count().textContent(), /^1\.234 von 1\.234 Kunden/);
  // The register pages through them: "Seite 1 von 25".
  await page.getByText('Seite 1 von 25').waitFor();
  await page.getByLabel('Nach Name suchen').fill('Kunde 1');
  const row = app.rows().filter({ has: page.getByRole('link', { name: 'Kunde 1', exact: true }) });
  assert.match(await row.textContent(), /420\.000,50/, 'cents are shown, not 420.001');
  // The form shows the amount as stored.
  await row.getByRole('link', { name: 'Kunde 1', exact: true }).click();
  assert.equal(await page.getByLabel('Umsatz').inputValue(), '420.000,50');
  await page.getByLabel('Umsatz').fill('420.000,507');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.waitForURL(/#\/accounts$/);
  await page.getByLabel('Nach Name suchen').fill('Kunde 1');
  assert.match(await row.textContent(), /420\.000,51/, 'the register rounds to the cent');
  await row.getByRole('link', { name: 'Kunde 1', exact: true }).click();
  assert.equal(await page.getByLabel('Umsatz').inputValue(), '420.000,507', 'the form never rounds what was typed');
});

test('the currency: EUR by default in headers and figures, chosen on the data page, kept after a reload', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  // The sample has a history: the list's figure is named apart from "Revenue 2025".
  await page.getByRole('button', { name: /^List revenue \(EUR\)/ }).waitFor();
  await page.getByRole('button', { name: /^Revenue 2025 \(EUR\)/ }).waitFor();
  await german();
  await page.getByRole('button', { name: /^Listen\u00ad?umsatz \(EUR\)/ }).waitFor();
  await page.getByRole('button', { name: /^Potenzial \(EUR\)/ }).waitFor();
  await app.nav('Import / Export').click();
  const currency = page.getByRole('combobox', { name: 'Währung' });
  assert.equal(await currency.inputValue(), 'EUR');
  await currency.selectOption('CHF');
  await page.getByRole('status').filter({ hasText: 'Alle Änderungen in diesem Browser gespeichert' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the data page with the currency');
  const stored = JSON.parse(await app.storage('keystone.workspace')).data;
  assert.equal(stored.settings.currency, 'CHF');
  await page.reload();
  await app.nav('Kunden').click();
  await page.getByRole('button', { name: /^Listen\u00ad?umsatz \(CHF\)/ }).waitFor();
  await app.nav('Pareto / ABC').click();
  await page.getByRole('columnheader', { name: 'Summe (CHF)' }).waitFor();
  // A key account's figure carries the code.
  await app.nav('Key Accounts').click();
  await page.locator('table tbody th a').first().click();
  await page.locator('dl.figures').first().waitFor();
  assert.match(await page.locator('dl.figures').first().textContent(), /\d\u00a0CHF/);
});

test('German says “Key Account” everywhere; the two targets have their own names; an account page marks its section', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await german();
  for (const hash of ['#/accounts', '#/key-accounts', '#/data', '#/pareto', '#/value-model', '#/portfolio']) {
    await page.goto(h.baseUrl + hash);
    await app.nav('Kunden').waitFor();
    await page.waitForTimeout(200);
    const text = await page.locator('body').innerText();
    assert.doesNotMatch(text, /Schlüsselkund/, hash);
  }
  await page.goto(h.baseUrl + '#/accounts');
  await page.getByRole('combobox', { name: 'Key Accounts' }).waitFor();
  await app.nav('Key Accounts').click();
  const first = page.locator('table tbody th a').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  assert.equal(await app.nav('Key Accounts').getAttribute('aria-current'), 'page');
  assert.equal(await app.nav('Kunden').getAttribute('aria-current'), null);
  const terms = await page.locator('dl dt, table th').allTextContents();
  assert.ok(terms.includes('Ziel-Lieferantenrolle'), terms.join(' | '));
  assert.ok(terms.includes('Ziel-Verkaufsstufe'), terms.join(' | '));
  assert.ok(!terms.includes('Ziel'), 'no two rows called just “Ziel”');
  // A tab of the key account keeps the mark; an ordinary account's form marks "Kunden".
  await page.getByRole('navigation', { name: 'Bereiche dieses Key Accounts' }).getByRole('link', { name: 'Stammdaten' }).click();
  assert.equal(await app.nav('Key Accounts').getAttribute('aria-current'), 'page');
  await app.nav('Kunden').click();
  await page.getByRole('combobox', { name: 'Key Accounts' }).selectOption('without');
  await app.rows().first().locator('th a').click();
  await page.getByLabel('Umsatz', { exact: true }).waitFor();
  assert.equal(await app.nav('Kunden').getAttribute('aria-current'), 'page');
  assert.equal(await app.nav('Key Accounts').getAttribute('aria-current'), null);
});

test('a toast made from a text of the catalogue follows a language switch while it is shown', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await page.locator('.toast').filter({ hasText: 'Sample workspace loaded.' }).waitFor();
  await german();
  await page.locator('.toast').filter({ hasText: 'Beispiel-Arbeitsbereich geladen.' }).waitFor();
});
