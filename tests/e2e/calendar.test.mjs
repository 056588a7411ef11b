// Calendar files (.ics): "Add all to calendar" on the key-accounts page and "Add to
// calendar" on a plan page, each download parsed by an independent iCalendar parser
// (ical.js) and its events counted against the stored sample's open dated actions and
// targets; a comma and a semicolon typed into an action survive the round trip; the
// UIDs are the same in both files; nothing to export says so; German texts too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { useHarness } from './harness.mjs';

const h = useHarness();

// Clicks and returns the download's name and its events (ical.js), plus the raw text.
async function download(click) {
  const [file] = await Promise.all([h.page.waitForEvent('download'), click()]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { name: file.suggestedFilename(), text, calendar, events };
}

// What the export should hold for these stored key accounts (all, or one id).
function expectedCount(data, only) {
  let n = 0;
  for (const a of data.accounts.filter((x) => x.key_account && (!only || String(x.id) === only))) {
    const ka = data.key_accounts[String(a.id)] || {};
    const actions = ((ka.plan || {}).actions || []);
    n += actions.filter((x) => x.due && ['open', 'in_progress', undefined].includes(x.status)).length;
    n += (ka.roles && ka.roles.target ? 1 : 0) + (ka.selling && ka.selling.target ? 1 : 0);
  }
  return n;
}

test('calendar files for all key accounts and for one, parsed by ical.js; nothing to export says so; German', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  let data = JSON.parse(await app.storage('keystone.workspace')).data;
  const total = expectedCount(data);
  assert.ok(total > 10, `the sample has dated items (${total})`);

  // All key accounts, from the overview.
  await page.goto(`${h.baseUrl}#/key-accounts`);
  const all = await download(() => app.button('Add all to calendar').click());
  assert.match(all.name, /^keystone-all-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.equal(all.calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(all.calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(all.events.length, total);
  assert.equal(new Set(all.events.map((e) => e.uid)).size, total, 'every UID once');
  for (const e of all.events) {
    assert.ok(e.startDate.isDate, `${e.uid} is an all-day event`);
    assert.ok(e.summary && e.description.startsWith('Key account: '), e.uid);
  }
  assert.ok(all.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  await page.getByRole('status').getByText(`Calendar file with ${total} events downloaded`).waitFor();

  // One key account: a new action with a comma and a semicolon.
  const account = data.accounts.find((a) => a.name === 'Alpentec GmbH');
  const id = String(account.id);
  await page.goto(`${h.baseUrl}#/accounts/${id}/plan`);
  const actions = page.getByRole('region', { name: 'Action plan' });
  const text = 'Call Dr. Meier, then visit; bring samples\\specs';
  await actions.getByLabel('Action', { exact: true }).fill(text);
  await actions.getByLabel('Owner', { exact: true }).fill('Lang, Petra');
  await actions.getByLabel('Due', { exact: true }).fill('2030-05-04');
  await actions.getByRole('button', { name: 'Add action' }).click();
  await app.waitStored((t) => t.includes('2030-05-04'));
  data = JSON.parse(await app.storage('keystone.workspace')).data;
  const one = await download(() => app.button('Add to calendar').click());
  assert.match(one.name, /^keystone-Alpentec-GmbH-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.equal(one.events.length, expectedCount(data, id));
  const added = one.events.find((e) => e.summary === `Alpentec GmbH: ${text}`);
  assert.ok(added, 'the escaped comma, semicolon and backslash survive the round trip');
  assert.match(added.description, /Owner: Lang, Petra/);
  assert.equal(added.startDate.toString(), '2030-05-04');
  assert.equal(added.endDate.toString(), '2030-05-05');
  // The same items have the same UIDs in both files.
  const allUids = new Set(all.events.map((e) => e.uid));
  for (const e of one.events.filter((x) => x !== added)) {
    assert.ok(allUids.has(e.uid), `${e.uid} is in the file of all key accounts`);
  }
  assert.match(added.uid, new RegExp(`^action-${id}-\\d+@keystone$`));

  // A key account with nothing dated: no file, a message.
  const empty = data.accounts.find((a) => a.key_account && !data.key_accounts[String(a.id)]);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(`${h.baseUrl}#/accounts/${empty.id}/plan`);
  await app.button('Add to calendar').click();
  await page.getByRole('status').getByText('Nothing to add to a calendar').waitFor();
  assert.equal(downloads, 0, 'no empty file');

  // German.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.goto(`${h.baseUrl}#/accounts/${id}/plan`);
  const de = await download(() => app.button('Zum Kalender hinzufügen').click());
  assert.equal(de.events.length, one.events.length);
  const deAdded = de.events.find((e) => e.uid === added.uid);
  assert.match(deAdded.description, /^Key Account: Alpentec GmbH\nVerantwortlich: Lang, Petra\n/);
  assert.ok(deAdded.component.getFirstProperty('categories').getValues().includes('Maßnahme'));
  await page.getByRole('status').getByText(/Kalenderdatei mit \d+ Terminen heruntergeladen/).waitFor();
  await page.goto(`${h.baseUrl}#/key-accounts`);
  const deAll = await download(() => app.button('Alle zum Kalender hinzufügen').click());
  assert.equal(deAll.events.length, total + 1);
  assert.ok(deAll.events.some((e) => /Ziel-Lieferantenrolle „/.test(e.summary)));
});
