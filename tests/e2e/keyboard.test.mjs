// Keyboard and screen reader: the skip link, the document title in the UI language, the
// focus after switching an account tab, and the question before deleting a key account
// with work (issue "Every screen: phones, paper, keyboard").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, accessibilityViolations } from './harness.mjs';

const h = useHarness();

const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e?.tagName.toLowerCase(), text: (e?.textContent || '').trim() };
});

test('the first Tab reaches “Skip to content”, which puts the focus on the page heading', async () => {
  const { page, app } = h;
  await app.goto();
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Skip to content' });
  await page.keyboard.press('Enter');
  const f = await focused(page);
  assert.equal(f.tag, 'h1');
  assert.equal(await page.title(), 'Accounts – Keystone');
});

test('switching an account tab moves the focus to its heading; the title names account and page in German', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.nav('Key accounts').click();
  const first = page.locator('table tbody th a').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  // The page moves the focus to its heading once it is shown; the user goes on from there.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.title(), `${name} – Overview – Keystone`);
  const tabs = page.getByRole('navigation', { name: /Sections of this key account/ });
  // Right after the heading took the focus: the page must not pull it back from a
  // navigation link the user moved to (it once did, for about 300 ms).
  await tabs.getByRole('link', { name: 'Account plan' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/plan$/, { timeout: 5000 });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match((await focused(page)).text, /Account plan/);
  assert.equal(await page.title(), `${name} – Account plan – Keystone`);
  // From the heading, Tab goes on into the page, not back to the top.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.waitForFunction(() => document.title.includes('Account-Plan'));
  assert.equal(await page.title(), `${name} – Account-Plan – Keystone`);
  await page.getByRole('navigation', { name: 'Bereiche dieses Key Accounts' }).getByRole('link', { name: 'Stakeholder' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match((await focused(page)).text, /Stakeholder/);
  assert.equal(await page.title(), `${name} – Stakeholder – Keystone`);
});

test('deleting a key account with a plan asks first and names what goes with it; Cancel keeps it, Undo brings all back', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  await app.waitSaved();
  const before = JSON.parse(await app.storage('keystone.workspace')).data;
  const keyIds = Object.keys(before.key_accounts);
  const key = before.accounts.find((a) => a.key_account && keyIds.includes(String(a.id)));
  await app.search(key.name);
  await page.getByRole('button', { name: `Delete ${key.name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  const text = await dialog.textContent();
  assert.match(text, new RegExp(`Delete “${key.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” and its key-account work\\?`));
  assert.match(text, /role and selling steps \(\d+\)/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the question');
  // The focus stays in the question: Tab and Shift+Tab go round its two buttons.
  const focused = () => page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(await focused(), 'Delete');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Cancel');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Delete');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Cancel');
  // A click on the dimmed page keeps the focus in it, so Escape still closes it and
  // gives the focus back to the row's Delete.
  await page.mouse.click(5, 5);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), `Delete ${key.name}`);
  await page.getByRole('button', { name: `Delete ${key.name}` }).click();
  await dialog.waitFor();
  // The question follows the language chosen while it is open (one language at a time).
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await dialog.getByText(/mit seiner Key-Account-Arbeit löschen\?/).waitFor();
  assert.match(await dialog.textContent(), /Rollen- und Verkaufsschritte \(\d+\)/);
  assert.doesNotMatch(await dialog.textContent(), /Delete “|and its key-account work/);
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await dialog.getByText(/and its key-account work\?/).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await app.rows().first().getByRole('link', { name: key.name }).waitFor();
  // Asked again and confirmed: gone, with its work; Undo brings both back.
  await page.getByRole('button', { name: `Delete ${key.name}` }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByText(/^0 of 199 accounts/).waitFor();
  await app.waitSaved();
  let now = JSON.parse(await app.storage('keystone.workspace')).data;
  assert.equal(now.key_accounts[String(key.id)], undefined);
  await app.button('Undo').click();
  await app.rows().first().getByRole('link', { name: key.name }).waitFor();
  await app.waitSaved();
  now = JSON.parse(await app.storage('keystone.workspace')).data;
  const back = now.accounts.find((a) => a.name === key.name);
  assert.deepEqual(now.key_accounts[String(back.id)], before.key_accounts[String(key.id)]);
  // An ordinary customer is deleted at once (Undo is offered).
  const plain = before.accounts.find((a) => !a.key_account && !keyIds.includes(String(a.id)));
  await app.search(plain.name);
  await page.getByRole('button', { name: `Delete ${plain.name}` }).click();
  assert.equal(await dialog.count(), 0);
  await app.button('Undo').waitFor();
});

test('the pager keeps the focus at its ends, and a notice with Undo stays while the focus is on it', async () => {
  const { page, app } = h;
  await app.goto();
  await app.loadSample();
  const pager = page.locator('.pager');
  await pager.getByText('Page 1 of 4').waitFor();
  // » takes the focus to the last page; it disables itself, so the focus goes to
  // "Previous page", the way back, not to the page.
  await pager.getByRole('button', { name: 'Last page' }).focus();
  await page.keyboard.press('Enter');
  await pager.getByText('Page 4 of 4').waitFor();
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Previous page' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // «
  await pager.getByText('Page 1 of 4').waitFor();
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Next page' });
  await page.keyboard.press('Enter');
  await pager.getByText('Page 2 of 4').waitFor();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // Previous page, back on the first
  await pager.getByText('Page 1 of 4').waitFor();
  assert.deepEqual(await focused(page), { tag: 'button', text: 'Next page' });
  assert.equal(await pager.locator('[aria-live="polite"]').textContent(), 'Page 1 of 4');

  // Delete the first account; its notice stays past its 8 s while Undo has the focus.
  const name = (await app.rows().first().locator('th').textContent()).trim();
  await app.deleteAccount(name);
  const undo = page.locator('.toast').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.waitForTimeout(9500);
  assert.equal(await undo.isVisible(), true, 'the notice is still there');
  await page.keyboard.press('Enter');
  await page.locator('table.accounts tbody th').getByText(name, { exact: true }).waitFor();
});
