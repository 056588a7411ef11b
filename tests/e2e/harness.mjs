// Shared end-to-end harness: the static server, Debian's Chromium, a fresh context per
// test that collects console errors, warnings and external requests, axe-core and the
// text of printed PDFs. A test file calls `useHarness()` at its top level and reads
// `h.page`, `h.app`, … inside its tests; it may filter `h.problems` it expects.
import { before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { KeystoneApp } from './app.mjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const distRoot = path.resolve(here, '../../dist');
const axeSource = fs.readFileSync(path.resolve(here, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// The text of a PDF (pdf.js), pages joined by newlines.
export async function pdfText(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return { pages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

// axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; returns the
// violations as readable lines (empty when the page passes).
export async function accessibilityViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

// A new context and page that record console errors, warnings, page errors and any
// request that leaves the site.
export async function openPage(browser, baseUrl, problems, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', serviceWorkers: 'block', ...options });
  // The idle prefetch fetches every chunk (over 250 files): the browser's resource
  // timing buffer (250 entries) would drop the later ones the tests look for.
  await context.addInitScript(() => performance.setResourceTimingBufferSize(2000));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/registration blocked by Playwright/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseUrl) && !u.startsWith('blob:') && !u.startsWith('data:')) problems.push(`external request: ${u}`);
  });
  return { context, page };
}

export function useHarness() {
  const h = { browser: null, server: null, baseUrl: '', context: null, page: null, app: null, problems: [] };
  before(async () => {
    ({ server: h.server, url: h.baseUrl } = await serve(distRoot));
    h.browser = await launchBrowser();
  });
  after(async () => { await h.browser?.close(); h.server?.close(); });
  beforeEach(async () => {
    h.problems = [];
    ({ context: h.context, page: h.page } = await openPage(h.browser, h.baseUrl, h.problems));
    h.app = new KeystoneApp(h.page, h.baseUrl);
  });
  afterEach(async () => {
    await h.context.close();
    assert.deepEqual(h.problems, [], 'no console errors, warnings or external requests');
  });
  return h;
}
