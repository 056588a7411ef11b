// The keyboard focus outline must stand out from what is around it by at least 3:1
// (WCAG non-text contrast). The accent outline does on the light pages; on the dark top
// bar it needs a colour of its own. This reads both from the stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const css = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../style/main.css'), 'utf8');

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function rule(selector) {
  const at = css.indexOf(`${selector} {`);
  assert.ok(at >= 0, `main.css has a rule for ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}

test('the focus outline in the dark top bar has at least 3:1 contrast against it', () => {
  const bar = rule('.topbar').match(/background:\s*(#[0-9a-f]{6})/i)[1];
  const outline = rule('.topbar :focus-visible, .skip-link:focus-visible').match(/outline-color:\s*(#[0-9a-f]{6})/i)[1];
  assert.ok(contrast(outline, bar) >= 3, `${outline} on ${bar}: ${contrast(outline, bar).toFixed(2)}:1`);
  // The accent outline, used everywhere else, would not do there.
  const accent = css.match(/--accent:\s*(#[0-9a-f]{6})/i)[1];
  assert.ok(contrast(accent, '#ffffff') >= 3);
  assert.ok(contrast(accent, bar) < 3);
});
