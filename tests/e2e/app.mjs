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
  }
  async search(text) {
    await this.page.getByLabel('Search by name').fill(text);
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
  storage(key) { return this.page.evaluate((k) => localStorage.getItem(k), key); }
}
