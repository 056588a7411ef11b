// Keystone's service worker. `.ci/precache.mjs` bundles it into dist/sw.js with the list
// of every file of the build (made from dist/, checked against it) and a version, a
// hash of all those files: any change to any file makes a new worker, a new cache.
//
// One cache per build and per place the site is served from: a page of one build only
// ever gets that build's files, and two copies of Keystone on one host (two sub-paths)
// never touch each other's cache.
import { cacheKey } from './route.js';

/* global __VERSION__, __FILES__ */
const VERSION = __VERSION__;
const FILES = __FILES__;
const PREFIX = 'keystone-';
const SCOPE = self.registration.scope;
const CACHE = `${PREFIX}${VERSION} ${SCOPE}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Revalidated with the server, never taken from the HTTP cache: index.html and the
    // other files without a hash in their name could be an older build's. addAll fails
    // as a whole if one file is missing, and then this worker is not installed.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })));
  })());
  // No skipWaiting here: a page of the old build keeps working with the old cache until
  // the user chooses to reload (the page then sends 'skip-waiting').
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key.endsWith(` ${SCOPE}`) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const key = cacheKey(request.url, request.mode, SCOPE);
  if (key === null) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The query (`?v=<build>` on styles and ECharts) only defeats HTTP caches; this
    // cache holds one build, so it is ignored.
    const hit = await cache.match(key, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
