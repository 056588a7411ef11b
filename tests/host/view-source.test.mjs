// A `>` or `>=` at the top level of an unbraced attribute closure in `view!` ends the
// tag: the rest of the closure becomes page text and the attribute is cut short (the
// pager once read "= pages.get() on : click = …" and stayed disabled). This scans
// every Rust source for such closures; the end-to-end tests scan the rendered pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function rustFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? rustFiles(p) : p.endsWith('.rs') ? [p] : [];
  });
}

// Finds `name=move |…| expr` where expr is not braced and holds a comparison `>`/`>=`
// outside any (), [] or {} (inside them the macro parser keeps it in the value).
export function unbracedComparisons(text) {
  const found = [];
  const re = /[\w:-]+=move\s*\|[^|]*\|\s*/g;
  let m;
  while ((m = re.exec(text))) {
    let i = m.index + m[0].length;
    if (text[i] === '{' || text.startsWith('view!', i)) continue;
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) { if (depth === 0) break; depth--; }
      else if (depth === 0 && c === '>') {
        const before = text[i - 1], after = text[i + 1];
        if (before === '=' || before === '-') continue; // => and ->
        if (after === '=' || (before === ' ' && after === ' ')) {
          const line = text.slice(0, i).split('\n').length;
          found.push({ line, snippet: text.slice(m.index, i + 2).split('\n').join(' ') });
        }
        break; // the tag ends here either way
      } else if (depth === 0 && c === '\n' && /^\s*([\w:-]+=|\/?>)/.test(text.slice(i + 1))) break;
    }
  }
  return found;
}

test('the scanner finds the pager fault and passes its fix', () => {
  assert.equal(unbracedComparisons('<button disabled=move || page.get() + 1 >= pages.get()\n on:click=x>').length, 1);
  assert.equal(unbracedComparisons('<Show when=move || n.get() > 1>').length, 1);
  assert.equal(unbracedComparisons('<button disabled=move || { page.get() + 1 >= pages.get() }>').length, 0);
  assert.equal(unbracedComparisons('<b on:click=move |_| m.update(|m| if i > 0 { x })>').length, 0);
  assert.equal(unbracedComparisons('<b disabled=move || i == 0\n on:click=go>').length, 0);
});

test('no view! attribute closure compares with an unbraced > or >=', () => {
  const faults = rustFiles(src).flatMap((f) => unbracedComparisons(fs.readFileSync(f, 'utf8'))
    .map((x) => `${path.relative(src, f)}:${x.line}: ${x.snippet}`));
  assert.deepEqual(faults, []);
});
