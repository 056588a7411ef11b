// Phones and narrow windows: no page scrolls sideways at 390 and 768 px, in English and
// German, empty and with the sample; every control is a tap target of at least 24 × 24
// px (WCAG 2.2 AA 2.5.8), the main actions 44 px high; axe passes at 390 px; the desktop
// top bar is one row at 1400 px (issue "Every screen: phones, paper, keyboard").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, accessibilityViolations } from './harness.mjs';
import { resultCode } from './share-codes.mjs';

const h = useHarness();

const PAGES = ['#/accounts', '#/accounts/new', '#/key-accounts', '#/whitespace', '#/pareto', '#/development', '#/value', '#/portfolio',
  '#/report', '#/data', '#/import', '#/assessment', '#/assessment/compare', '#/assessment/workshop',
  `#/assessment/shared/${resultCode({ levels: [3, 2, 4, 1, 5, 3, 2, 4, 3, 3, 2, 1], respondent: 'Anna Berg', workshop: 'Kick-off' })}`, '#/assessment/join/AAAAAAAA'];
const SECTIONS = ['', '/roles', '/profile', '/scorecard', '/plan', '/stakeholders', '/whitespace', '/edit', '/report', '/client-report'];

// What is wider than the window, and which controls are too small to tap. Links inside
// running text are exempt (WCAG 2.5.8 "inline"), as are controls hidden from view.
function measure(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [];
    if (document.documentElement.scrollWidth > width) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0 && !el.closest('.table-wrap, .scroll-x, .chart')) {
          wide.push(`${el.tagName.toLowerCase()}.${el.className || ''} right=${Math.round(r.right)}`);
        }
      }
    }
    const small = [];
    const controls = document.body.querySelectorAll('button, select, input:not([type=hidden]), textarea, a[href], summary, [role=button], [tabindex="0"]');
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      if (el.tagName === 'A' && el.closest('p, li, td, dd, .hint, .muted, small') && !el.closest('nav')) continue;
      if (r.width < 24 - 0.5 || r.height < 24 - 0.5) {
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').trim().slice(0, 40);
        small.push(`${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} “${name}” ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5), small: small.slice(0, 8) };
  });
}

async function visitAll(label, hashes, size, { axe = false } = {}) {
  const { page, baseUrl } = h;
  await page.setViewportSize(size);
  const found = [];
  for (const hash of hashes) {
    await page.goto(baseUrl + hash);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(150);
    const m = await measure(page);
    if (m.scrollWidth > m.width) found.push(`${label} ${hash}: ${m.scrollWidth} px wide in ${m.width}: ${m.wide.join(', ')}`);
    if (m.small.length) found.push(`${label} ${hash}: small targets ${m.small.join('; ')}`);
    if (axe) {
      const v = await accessibilityViolations(page);
      if (v.length) found.push(`${label} ${hash}: axe ${v.join(' | ')}`);
    }
  }
  return found;
}

async function keyAccountPages() {
  const { page, app } = h;
  await app.nav(/^Key accounts$|^Key Accounts$/).click();
  const href = await page.locator('table tbody th a').first().getAttribute('href');
  return SECTIONS.map((s) => href + s);
}

test('at 390 px nothing scrolls sideways and every control is at least 24 px: empty and with the sample, English and German; axe passes', async () => {
  const { page, app } = h;
  await app.goto();
  const found = [];
  found.push(...await visitAll('empty EN 390', PAGES, { width: 390, height: 844 }));
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.goto('#/accounts');
  await app.loadSample();
  const accountPages = await keyAccountPages();
  found.push(...await visitAll('sample EN 390', [...PAGES, ...accountPages], { width: 390, height: 844 }, { axe: true }));
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  found.push(...await visitAll('sample DE 390', [...PAGES, ...accountPages], { width: 390, height: 844 }));
  found.push(...await visitAll('sample DE 768', [...PAGES, ...accountPages], { width: 768, height: 1024 }));
  assert.deepEqual(found, []);
});

test('the navigation collapses behind a menu button on a phone, with its state announced', async () => {
  const { page, app } = h;
  await page.setViewportSize({ width: 390, height: 844 });
  await app.goto();
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await app.nav('Pareto / ABC').isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await app.nav('Pareto / ABC').click();
  await page.getByRole('heading', { level: 1, name: /Pareto/ }).waitFor();
  // Choosing a page closes the menu again.
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  const box = await menu.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `the menu button is ${box.width}×${box.height}`);
  // Escape closes an open menu and gives focus back to its button.
  await menu.click();
  await page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  // On a desktop there is no menu button and the top bar is one row.
  await page.setViewportSize({ width: 1400, height: 900 });
  for (const lang of ['en', 'de']) {
    await page.getByRole('combobox', { name: /Language|Sprache/ }).selectOption(lang);
    assert.equal(await menu.isVisible(), false);
    const bar = await page.locator('header.topbar').boundingBox();
    assert.ok(bar.height < 64, `the ${lang} top bar is ${bar.height} px high: one row`);
  }
});

test('main actions are 44 px high on a phone', async () => {
  const { page, app } = h;
  await page.setViewportSize({ width: 390, height: 844 });
  await app.goto();
  for (const name of ['Load sample workspace', 'Add account']) {
    const box = await page.getByRole(name === 'Add account' ? 'link' : 'button', { name }).first().boundingBox();
    assert.ok(box.height >= 44, `${name}: ${box.height} px`);
  }
});

test('the register fits its frame at 1400 px in English and German: every column, Delete included, without scrolling sideways', async () => {
  const { page, app } = h;
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.goto();
  await app.loadSample();
  for (const lang of ['en', 'de']) {
    await page.getByRole('combobox', { name: /Language|Sprache/ }).selectOption(lang);
    await page.locator('table.accounts thead th').last().waitFor();
    const [table, frame] = await page.evaluate(() => {
      const wrap = document.querySelector('table.accounts').closest('.table-wrap');
      return [wrap.scrollWidth, wrap.clientWidth];
    });
    assert.ok(table <= frame, `the ${lang} register is ${table} px wide in a ${frame} px frame`);
  }
});

test('at 390 px in German a rated area\'s comment box is full width with "clear rating" under it', async () => {
  const { page, app } = h;
  await page.setViewportSize({ width: 390, height: 844 });
  await app.goto('#/assessment');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.locator('#area-vision label.level').first().click();
  const clear = page.getByRole('button', { name: 'Bewertung von „Vision“ löschen' });
  await clear.waitFor();
  const box = await page.locator('#comment-vision').boundingBox();
  assert.ok(box.width >= 300, `the comment box is ${box.width} px wide`);
  const link = await clear.boundingBox();
  assert.ok(link.y >= box.y + box.height, `"clear rating" at ${link.y}, the box ends at ${box.y + box.height}`);
  // Right under it: the stacked field takes the height it needs, no empty room.
  assert.ok(link.y - (box.y + box.height) < 60, `"clear rating" ${link.y - (box.y + box.height)} px under the box`);
  const m = await measure(page);
  assert.ok(m.scrollWidth <= m.width, m.wide.join(', '));
});

test('at 390 px in German the calendar hints sit under their buttons and nothing overflows', async () => {
  const { page, app, baseUrl } = h;
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.goto('#/accounts');
  await app.loadSample();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(baseUrl + '#/key-accounts');
  await page.locator('table tbody th a').first().waitFor();
  const plan = (await page.locator('table tbody th a').first().getAttribute('href')) + '/plan';
  for (const [hash, name] of [['#/key-accounts', 'Alle zum Kalender hinzufügen'], [plan, 'Zum Kalender hinzufügen']]) {
    await page.goto(baseUrl + hash);
    const button = page.getByRole('button', { name, exact: true });
    await button.waitFor();
    const b = await button.boundingBox();
    const hint = await page.locator('#calendar-hint').boundingBox();
    assert.ok(hint.y >= b.y + b.height, `${hash}: the hint at ${hint.y} is not under the button (ends at ${b.y + b.height})`);
    assert.ok(hint.x + hint.width <= 390 && b.x + b.width <= 390, `${hash}: wider than the window`);
    const m = await measure(page);
    assert.ok(m.scrollWidth <= m.width, `${hash}: ${m.wide.join(', ')}`);
  }
});
