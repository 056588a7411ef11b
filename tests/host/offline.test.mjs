// Host tests of the pure parts of offline use: the precache list and its check
// (.ci/precache.mjs), which cached file answers a request (src/offline/route.js), and
// when the page offers a new version (src/offline/update.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesIn, precacheList, referencedFiles, checkPrecache, versionOf } from '../../.ci/precache.mjs';
import { cacheKey } from '../../src/offline/route.js';
import { offerUpdate, afterTakeover } from '../../src/offline/update.js';

const BUILD_FILES = [
  'icons/icon-192.png', 'icons/icon.svg', 'index.html', 'keystone-workspace.schema.json',
  'manifest.webmanifest', 'pkg/abc123/__wasm_split.js', 'pkg/abc123/keystone.js',
  'pkg/abc123/offline.js', 'pkg/chunk_1-aa.wasm', 'pkg/keystone_bg-ff.wasm',
  'pkg/split_xlsx_read-bb.wasm', 'style/main.css', 'sw.js', 'vendor/echarts.min.js',
];

const INDEX = `<link rel="icon" href="icons/icon.svg" type="image/svg+xml">
<link rel="manifest" href="manifest.webmanifest">
<link rel="stylesheet" href="style/main.css?v=abc123">
<meta name="keystone-echarts" content="vendor/echarts.min.js?v=abc123">
<script type="module" src="./pkg/abc123/offline.js"></script>
<script type="module">
  import init from './pkg/abc123/keystone.js';
  init({ module_or_path: './pkg/keystone_bg-ff.wasm' });
</script>`;
const LOADER = 'const a=new URL("../chunk_1-aa.wasm",import.meta.url),b=new URL("../split_xlsx_read-bb.wasm",import.meta.url);';
const MANIFEST = JSON.stringify({ icons: [{ src: 'icons/icon-192.png' }, { src: 'icons/icon.svg' }] });

test('the precache list is every file of the build but the worker itself', () => {
  const list = precacheList(BUILD_FILES);
  assert.ok(!list.includes('sw.js'));
  assert.equal(list.length, BUILD_FILES.length - 1);
  assert.ok(list.includes('pkg/split_xlsx_read-bb.wasm'), 'every chunk, the Excel ones too');
  assert.deepEqual(precacheList(['.DS_Store', 'a/.hidden', 'index.html']), ['index.html']);
});

test('the files the app asks for are read from index.html, the manifest and the chunk loader', () => {
  const refs = referencedFiles({
    'index.html': INDEX, 'manifest.webmanifest': MANIFEST, 'pkg/abc123/__wasm_split.js': LOADER,
  });
  assert.deepEqual(refs, [
    'icons/icon-192.png', 'icons/icon.svg', 'manifest.webmanifest', 'pkg/abc123/keystone.js',
    'pkg/abc123/offline.js', 'pkg/chunk_1-aa.wasm', 'pkg/keystone_bg-ff.wasm',
    'pkg/split_xlsx_read-bb.wasm', 'style/main.css', 'vendor/echarts.min.js',
  ]);
});

test('the check passes a right list and names each kind of mistake', () => {
  const list = precacheList(BUILD_FILES);
  const refs = referencedFiles({ 'index.html': INDEX, 'pkg/abc123/__wasm_split.js': LOADER });
  assert.deepEqual(checkPrecache(list, BUILD_FILES, refs), []);
  // A listed file that is not in dist/: installation would fail.
  assert.deepEqual(checkPrecache([...list, 'pkg/gone.wasm'], BUILD_FILES, refs),
    ['pkg/gone.wasm is in the precache list but not in dist/']);
  // A file of the build left out: it would not be there offline.
  assert.deepEqual(checkPrecache(list.filter((f) => f !== 'style/main.css'), BUILD_FILES, refs),
    ['style/main.css is in dist/ but not in the precache list',
      'style/main.css is requested by the app but not in the precache list']);
  // The loader names a chunk that is not in the build.
  const broken = referencedFiles({ 'pkg/abc123/__wasm_split.js': 'new URL("../chunk_9-zz.wasm",import.meta.url)' });
  assert.deepEqual(checkPrecache(list, BUILD_FILES, broken),
    ['pkg/chunk_9-zz.wasm is requested by the app but not in the precache list']);
});

test('the version changes with any file and with nothing else', () => {
  const list = ['a.js', 'index.html'];
  const v1 = versionOf(list, (f) => `content of ${f}`);
  assert.equal(versionOf(list, (f) => `content of ${f}`), v1);
  assert.notEqual(versionOf(list, (f) => (f === 'index.html' ? 'changed' : `content of ${f}`)), v1);
  assert.notEqual(versionOf([...list, 'b.css'], (f) => `content of ${f}`), v1);
  assert.match(v1, /^[0-9a-f]{16}$/);
});

test('filesIn lists a folder tree with / separators', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precache-'));
  fs.mkdirSync(path.join(dir, 'pkg', 'b1'), { recursive: true });
  for (const f of ['index.html', 'pkg/x.wasm', 'pkg/b1/keystone.js']) fs.writeFileSync(path.join(dir, f), f);
  assert.deepEqual(filesIn(dir), ['index.html', 'pkg/b1/keystone.js', 'pkg/x.wasm']);
  fs.rmSync(dir, { recursive: true });
});

test('every page of the app is index.html, at the root and under a sub-path', () => {
  for (const scope of ['https://host/', 'https://host/tools/keystone/']) {
    assert.equal(cacheKey(scope, 'navigate', scope), `${scope}index.html`);
    assert.equal(cacheKey(`${scope}index.html`, 'navigate', scope), `${scope}index.html`);
    assert.equal(cacheKey(`${scope}?utm=1`, 'navigate', scope), `${scope}index.html`);
    // A file opened as a page (the JSON Schema link) is that file.
    assert.equal(cacheKey(`${scope}keystone-workspace.schema.json`, 'navigate', scope), `${scope}keystone-workspace.schema.json`);
    assert.equal(cacheKey(`${scope}pkg/x.wasm`, 'cors', scope), `${scope}pkg/x.wasm`);
  }
  // Outside the app's folder or another origin: left to the network.
  assert.equal(cacheKey('https://host/other/', 'navigate', 'https://host/tools/keystone/'), null);
  assert.equal(cacheKey('https://elsewhere/x.js', 'no-cors', 'https://host/'), null);
});

test('a new version is offered only to a page running an older one', () => {
  assert.equal(offerUpdate({ controlled: false, waiting: null }), false);
  // First visit: the worker installs with no older one; nothing to offer.
  assert.equal(offerUpdate({ controlled: false, waiting: {} }), false);
  assert.equal(offerUpdate({ controlled: true, waiting: null }), false);
  assert.equal(offerUpdate({ controlled: true, waiting: {} }), true);
});

test('when a new worker takes over: nothing on a first visit, reload if asked here, else offer', () => {
  assert.equal(afterTakeover({ wasControlled: false, asked: false }), 'nothing');
  assert.equal(afterTakeover({ wasControlled: true, asked: true }), 'reload');
  assert.equal(afterTakeover({ wasControlled: true, asked: false }), 'offer');
});
