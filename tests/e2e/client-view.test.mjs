// The client's own view of a client copy, played from both sides: the consultant (the
// sample) exports a copy, the customer opens it in a fresh browser (empty storage,
// German), sees only what is theirs, edits a weight, a rating and an action, exports
// the file to send back; the consultant imports it and merges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useHarness, accessibilityViolations, openPage } from './harness.mjs';
import { KeystoneApp } from './app.mjs';

const h = useHarness();
const shots = process.env.KEYSTONE_SHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'ks-client-'));
const SUPPLIER = 'Nordwerk Antriebe GmbH';

async function saveDownload(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ks-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function noSidewaysScroll(page, where) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
  }));
  assert.ok(scroll <= inner, `${where}: scrollWidth ${scroll} > innerWidth ${inner}`);
}

test('a client copy from both sides: exported, opened as the client in a fresh browser, edited, sent back and merged', async () => {
  const { page, app } = h;
  // The consultant: the sample, the workspace named after the supplier.
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  let stored = JSON.parse(await app.storage('keystone.workspace')).data;
  const account = stored.accounts.find((a) => a.name === 'Alpentec GmbH');
  const id = String(account.id);

  // The workspace has no name yet: the client copy asks for the sender's name there.
  await page.goto(`${h.baseUrl}#/accounts/${id}`);
  const section = page.getByRole('region', { name: 'Client copy' });
  await section.getByText('The workspace has no name yet').waitFor();
  const sender = section.getByLabel('Your company\'s name (shown as the sender)');
  await sender.fill(SUPPLIER);
  await sender.press('Tab');
  await section.getByText(`The customer sees it as sent by “${SUPPLIER}”`).waitFor();
  assert.equal(await sender.inputValue(), SUPPLIER, 'the field stays while the user is there');
  await app.waitSaved();
  stored = JSON.parse(await app.storage('keystone.workspace')).data;
  assert.equal(stored.settings.name, SUPPLIER, 'the sender is the workspace name');
  const local = stored.key_accounts[id];
  const team = stored.settings.selling_center.map((m) => m.name);
  const contacts = new Set(local.stakeholders.map((p) => p.counterpart).filter(Boolean));
  for (const mark of ['SWOT', 'Status quo of the plan', 'Targets of the goals (measures, target values, actuals)']) {
    assert.equal(await section.getByLabel(mark).isChecked(), true, `${mark} is confidential by default`);
  }
  const copyFile = await saveDownload(page, () => section.getByRole('button', { name: 'Export client copy' }).click());
  const copyText = fs.readFileSync(copyFile, 'utf8');
  const copy = JSON.parse(copyText);
  // What a supplier hands its customer, and nothing more.
  for (const key of ['value_model', 'portfolio', 'assessments']) assert.equal(copy.data[key], undefined, key);
  assert.equal(copy.data.settings.abc, undefined);
  assert.equal(copy.data.settings.name, undefined, 'the workspace name leaves only as the sender');
  assert.equal(copy.data.client_copy.supplier, SUPPLIER);
  const carried = copy.data.key_accounts[id];
  assert.deepEqual(carried.plan.swot ?? {}, {});
  assert.deepEqual(carried.plan.status_quo ?? {}, {});
  assert.ok(carried.plan.goals.every((g) => g.measure === undefined), 'no goal targets');
  assert.equal(carried.plan_versions, undefined);
  const sentTeam = (copy.data.settings.selling_center ?? []).map((m) => m.name);
  assert.deepEqual(sentTeam, team.filter((n) => contacts.has(n)));
  for (const s of local.plan.swot.weaknesses ?? []) assert.ok(!copyText.includes(s), `the SWOT's “${s}” left`);

  // The customer: a fresh browser, German.
  const client = await openPage(h.browser, h.baseUrl, h.problems, { locale: 'de-DE', viewport: { width: 1400, height: 900 } });
  const cp = client.page;
  try {
    await cp.goto(`${h.baseUrl}#/data`);
    await cp.getByLabel('Datei zum Importieren wählen').setInputFiles(copyFile);
    const offer = cp.getByRole('region', { name: 'Import' });
    await offer.getByText(`die ${SUPPLIER} am`).waitFor();
    assert.equal(await offer.getByText('Als Kunde öffnen').count(), 1);
    // An empty browser is the client's: no word about merging into a supplier's workspace.
    assert.equal(await offer.getByText('nicht in diesem Arbeitsbereich').count(), 0);
    await offer.getByRole('button', { name: 'Als Kunde öffnen' }).click();

    const title = `${SUPPLIER} und Alpentec GmbH`;
    await cp.getByRole('heading', { name: title, level: 1 }).waitFor();
    await cp.getByText('Ändern Sie, was Sie möchten, und schicken Sie die Datei dann zurück').waitFor();
    await cp.getByRole('group', { name: /wie viel jedes Kriterium für Sie wiegt/ }).first().waitFor();
    const clientView = async (where) => {
      const text = await cp.locator('body').innerText();
      for (const word of ['Handlungsbedarf', 'Action needed', 'Vertraulich', 'Kundenwertmodell', 'Wettbewerber', 'Competitor', 'Haltung', 'Einfluss', 'SWOT', 'Kosten']) {
        assert.ok(!text.includes(word), `${where}: the client view says “${word}”`);
      }
      assert.equal(await cp.locator('input[type=checkbox]').count(), 0, `${where}: no confidentiality checkboxes`);
      assert.equal(await cp.getByRole('navigation').count(), 0, `${where}: no supplier navigation`);
      assert.equal(await cp.locator('canvas').count(), 0, `${where}: no supplier analyses`);
    };
    await clientView('opened');
    assert.equal(await cp.title(), `${title} – Keystone`);
    assert.deepEqual(await accessibilityViolations(cp), [], 'axe at 1400 px, German');
    await cp.screenshot({ path: path.join(shots, 'client-view-de-1400.png'), fullPage: true });

    // It survives a reload.
    await cp.getByRole('status').filter({ hasText: 'Alle Änderungen in diesem Browser gespeichert' }).waitFor();
    await cp.reload();
    await cp.getByRole('heading', { name: title, level: 1 }).waitFor();
    await clientView('reloaded');

    // Edits: a weight moved from the second criterion to the first, a rating of us, an
    // action done.
    const weights = cp.getByRole('group', { name: /wie viel jedes Kriterium für Sie wiegt/ }).first().getByRole('textbox');
    const criteria = carried.profiles[0].profile.criteria;
    const [w0, w1] = [criteria[0].weight, criteria[1].weight];
    await weights.nth(0).fill(String(w0 + 10));
    await weights.nth(0).press('Tab');
    await weights.nth(1).fill(String(w1 - 10));
    await weights.nth(1).press('Tab');
    await cp.locator('.weight-sum').first().filter({ hasText: 'Summe der Gewichte: 100' }).waitFor();
    const ratings = cp.getByRole('group', { name: /wie Sie uns bewerten/ }).first().getByRole('textbox');
    await ratings.nth(2).fill('99');
    await ratings.nth(2).press('Tab');
    await cp.getByLabel('Stand von „Arrange a plant visit in Poland“').selectOption('2');
    await cp.getByRole('status').filter({ hasText: 'Alle Änderungen in diesem Browser gespeichert' }).waitFor();

    // A phone: no sideways scrolling, no violations; and in English too.
    await cp.setViewportSize({ width: 390, height: 844 });
    await noSidewaysScroll(cp, '390 px, German');
    assert.deepEqual(await accessibilityViolations(cp), [], 'axe at 390 px, German');
    await cp.screenshot({ path: path.join(shots, 'client-view-de-390.png'), fullPage: true });
    await cp.evaluate(() => window.scrollTo(0, 0));
    await cp.screenshot({ path: path.join(shots, 'client-view-de-390-top.png') });
    await cp.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await cp.getByRole('heading', { name: `${SUPPLIER} and Alpentec GmbH`, level: 1 }).waitFor();
    await cp.getByText('Change what you like, then send the file back').waitFor();
    await noSidewaysScroll(cp, '390 px, English');
    assert.deepEqual(await accessibilityViolations(cp), [], 'axe at 390 px, English');
    await cp.screenshot({ path: path.join(shots, 'client-view-en-390.png'), fullPage: true });
    await cp.setViewportSize({ width: 1400, height: 900 });
    assert.deepEqual(await accessibilityViolations(cp), [], 'axe at 1400 px, English');
    await cp.screenshot({ path: path.join(shots, 'client-view-en-1400.png'), fullPage: true });

    const returnedFile = await saveDownload(cp, () => cp.getByRole('button', { name: 'Export the file to send back' }).click());
    assert.match(path.basename(returnedFile), /^keystone-client-copy-Alpentec-GmbH-\d{4}-\d{2}-\d{2}-returned\.json$/);
    const returned = JSON.parse(fs.readFileSync(returnedFile, 'utf8'));
    assert.equal(returned.data.value_model, undefined);
    assert.equal(returned.data.client_copy.account, account.id);

    // The consultant merges it.
    await app.nav('Import / export').click();
    await page.getByLabel('Choose a file to import').setInputFiles(returnedFile);
    const preview = page.getByRole('region', { name: 'Import' });
    await preview.getByText(/is a client copy of Alpentec GmbH, made on/).waitFor();
    await preview.getByRole('button', { name: 'Merge into Alpentec GmbH' }).click();
    await page.getByText(/changes from the client copy merged into Alpentec GmbH\./).waitFor();
    await app.waitSaved();
    const after = JSON.parse(await app.storage('keystone.workspace')).data;
    const merged = after.key_accounts[id];
    const profile = merged.profiles[0].profile;
    assert.equal(profile.criteria[0].weight, w0 + 10);
    assert.equal(profile.criteria[1].weight, w1 - 10);
    assert.equal(profile.us[criteria[2].id], 99);
    assert.equal(merged.plan.actions.find((a) => a.text === 'Arrange a plant visit in Poland').status, 'done');
    // What stayed home is still here.
    assert.deepEqual(merged.plan.swot, local.plan.swot);
    assert.deepEqual(merged.plan.goals, local.plan.goals);
    assert.deepEqual(profile.competitors, local.profiles[0].profile.competitors);
    assert.equal(after.settings.name, SUPPLIER);
  } finally {
    await client.context.close();
  }
  console.log(`client view screenshots in ${shots}`);
});

test('the supplier\'s own workspace is only put aside after a warning, and closing the client view brings it back', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const stored = JSON.parse(await app.storage('keystone.workspace')).data;
  const account = stored.accounts.find((a) => a.name === 'Alpentec GmbH');
  await page.goto(`${h.baseUrl}#/accounts/${account.id}`);
  const copyFile = await saveDownload(page, () => page.getByRole('button', { name: 'Export client copy' }).click());
  // Another workspace in this browser, without that account.
  const copy = JSON.parse(fs.readFileSync(copyFile, 'utf8'));
  copy.data.client_copy.account = 999999;
  await app.nav('Import / export').click();
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'elsewhere.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
  const offer = page.getByRole('region', { name: 'Import' });
  await offer.getByText(/This browser holds a workspace \(200 accounts\): opening the copy puts it aside as the backup/).waitFor();
  await offer.getByRole('button', { name: 'Open as the client' }).click();
  await page.getByRole('heading', { name: 'Alpentec GmbH', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Close the copy' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close the copy' }).click();
  await app.rows().first().waitFor();
  await app.waitSaved();
  const back = JSON.parse(await app.storage('keystone.workspace')).data;
  assert.equal(back.accounts.length, 200);
  assert.equal(back.client_copy, undefined);
});
