// Writes dist/sw.js: the service worker (src/offline/sw.js) bundled with the list of
// every file of the build and a version hashed from their contents. Fails the build if
// the list and dist/ disagree, or if a file the app asks for is not in the list: a
// missing file would make the worker's installation fail, silently, in every browser.
//
//   node .ci/precache.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** Files the worker does not cache: itself. */
const NOT_CACHED = new Set(['sw.js']);

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function filesIn(dir) {
  const out = [];
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The files to precache: every file of the build but the worker itself. */
export function precacheList(files) {
  return files.filter((f) => !NOT_CACHED.has(f) && !f.split('/').some((p) => p.startsWith('.'))).sort();
}

/**
 * The files the app requests by name, relative to the site's folder: what index.html
 * links and imports, what the manifest names, and the chunks the loader fetches.
 * `texts` maps a file (relative path) to its text.
 */
export function referencedFiles(texts) {
  const refs = new Set();
  const add = (from, url) => {
    if (/^(data:|blob:|https?:|#|mailto:)/.test(url) || url === '') return;
    const clean = url.split(/[?#]/)[0];
    const dir = path.posix.dirname(from);
    refs.add(path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, clean)).replace(/^\.\//, ''));
  };
  for (const [file, text] of Object.entries(texts)) {
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/(?:href|src|content)="([^"]+\.(?:js|css|json|webmanifest|png|svg|wasm)(?:\?[^"]*)?)"/g)) add(file, m[1]);
      for (const m of text.matchAll(/(?:import\s[^'"]*|import\(|module_or_path:\s*)['"]([^'"]+)['"]/g)) add(file, m[1]);
    } else if (file.endsWith('.webmanifest')) {
      const manifest = JSON.parse(text);
      for (const icon of manifest.icons || []) add(file, icon.src);
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(/["'](\.\.?\/[^"']+\.wasm)["']/g)) add(file, m[1]);
    }
  }
  return [...refs].sort();
}

/** What is wrong with a precache list, as sentences (none when it is right). */
export function checkPrecache(list, files, referenced) {
  const problems = [];
  const inList = new Set(list);
  const present = new Set(files);
  for (const f of list) if (!present.has(f)) problems.push(`${f} is in the precache list but not in dist/`);
  for (const f of precacheList(files)) if (!inList.has(f)) problems.push(`${f} is in dist/ but not in the precache list`);
  for (const f of referenced) if (!inList.has(f)) problems.push(`${f} is requested by the app but not in the precache list`);
  return problems;
}

/** A version naming exactly these files with exactly these contents. */
export function versionOf(list, contentOf) {
  const hash = crypto.createHash('sha256');
  for (const f of list) hash.update(f).update('\0').update(contentOf(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function main(dist) {
  const files = filesIn(dist);
  const list = precacheList(files);
  const texts = {};
  for (const f of list) if (/\.(html|webmanifest|js)$/.test(f)) texts[f] = fs.readFileSync(path.join(dist, f), 'utf8');
  const problems = checkPrecache(list, files, referencedFiles(texts));
  if (problems.length) {
    console.error(`precache: ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const version = versionOf(list, (f) => fs.readFileSync(path.join(dist, f)));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const esbuild = await import(path.join(here, '../node_modules/esbuild/lib/main.js'));
  await esbuild.build({
    entryPoints: [path.join(here, '../src/offline/sw.js')],
    bundle: true, minify: true, format: 'iife', target: 'es2020', logLevel: 'warning',
    define: { __VERSION__: JSON.stringify(version), __FILES__: JSON.stringify(list) },
    outfile: path.join(dist, 'sw.js'),
  });
  console.log(`precache: ${list.length} files, version ${version}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv[2] || 'dist');
}
