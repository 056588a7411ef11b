// Which cached file answers a request (pure: host-tested in tests/host/offline.test.mjs).

/**
 * The URL to look up in the cache for a request, or null to leave the request to the
 * network (another origin, outside the app's folder).
 * Every page of the app is index.html: routes live behind '#', which is never sent,
 * so opening the folder itself, index.html or a shared link all get index.html.
 */
export function cacheKey(url, mode, scope) {
  if (!url.startsWith(scope)) return null;
  const path = new URL(url).pathname;
  const root = new URL(scope).pathname;
  if (mode === 'navigate' && (path === root || path === `${root}index.html`)) return `${scope}index.html`;
  return url;
}
