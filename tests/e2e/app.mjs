// Page object for Keystone: stable, role- and label-based locators.
export class KeystoneApp {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }
  async goto(hash = '') {
    await this.page.goto(this.baseUrl + hash);
    await this.page.locator('header.topbar').waitFor();
  }
  nav(name) { return this.page.getByRole('navigation').getByRole('link', { name, exact: true }); }
  button(name) { return this.page.getByRole('button', { name, exact: true }); }
  rows() { return this.page.locator('table.accounts tbody tr'); }
  count() { return this.page.locator('.filters .count'); }
  async loadSample() {
    await this.button('Load sample workspace').click();
    await this.rows().first().waitFor();
    // A reload before the sample is stored would start from the old workspace.
    await this.waitSaved();
  }
  async search(text) {
    await this.page.getByLabel('Search by name').fill(text);
    // The list follows 0.15 s after the last key; the count is busy until then.
    await this.page.locator('.filters .count[aria-busy="false"]').waitFor();
  }
  async waitSaved() {
    await this.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  }
  // Deletes an account from the register; a key account with work asks first.
  async deleteAccount(name) {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = this.page.getByRole('alertdialog');
    await this.page.waitForTimeout(100);
    if (await dialog.count()) await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  }
  // What the browser keeps under `key`. The workspace ('keystone.workspace') and its
  // backup ('keystone.workspace.previous') live in IndexedDB, one record per section
  // (docs/storage.md); they are put together as the app does. Where IndexedDB holds no
  // workspace, local storage (the layout before it) is read.
  storage(key) { return this.page.evaluate(storedValue, key); }
  // Waits until the stored workspace satisfies `test` (a function of its text).
  async waitStored(test) {
    for (let i = 0; i < 200; i++) {
      const text = await this.storage('keystone.workspace');
      if (text !== null && test(text)) return text;
      await this.page.waitForTimeout(50);
    }
    throw new Error('the stored workspace never matched');
  }
}

/// Runs in the page: the records put together as `src/persist/layout.rs` does.
async function storedValue(key) {
  const records = { 'keystone.workspace': 'meta', 'keystone.workspace.previous': 'previous' };
  if (!(key in records)) return localStorage.getItem(key);
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('keystone');
    open.onupgradeneeded = () => open.result.createObjectStore('workspace');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const all = await new Promise((resolve, reject) => {
    const tx = db.transaction('workspace', 'readonly');
    const keys = tx.objectStore('workspace').getAllKeys();
    const values = tx.objectStore('workspace').getAll();
    tx.oncomplete = () => resolve(new Map(keys.result.map((k, i) => [k, values.result[i]])));
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  const meta = all.get(records[key]);
  if (meta === undefined) return localStorage.getItem(key);
  if (key !== 'keystone.workspace') return meta;
  if (!meta.endsWith('{}}')) return meta;
  // The accounts and the history lie in chunks: their record holds the count (the
  // history may still be one record, `"history":[…]`, as before its chunks).
  const chunked = (name) => {
    if (!all.has(name)) return '';
    const record = all.get(name);
    if (record.trimStart().startsWith('"')) return record;
    const chunks = Array.from({ length: Number(record) }, (_, i) => all.get(`${name}.${String(i).padStart(5, '0')}`) || '');
    return `"${name}":[${chunks.filter((c) => c).join(',')}]`;
  };
  const parts = [chunked('accounts'),
    ...['settings', 'value_model', 'portfolio', 'key_accounts', 'assessments', 'offerings'].map((n) => all.get(n) || ''),
    chunked('history'), all.get('unknown') || ''];
  return `${meta.slice(0, -2)}${parts.filter((p) => p).join(',')}}}`;
}
