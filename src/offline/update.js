// When the page offers a new version (pure: host-tested in tests/host/offline.test.mjs).

/**
 * Whether to show "A new version is available": a new worker is installed and waiting,
 * and this page runs under an older one. On the very first visit there is no older
 * worker; the new one takes over silently and the page is then ready for offline use.
 */
export function offerUpdate({ controlled, waiting }) {
  return Boolean(controlled && waiting);
}

/**
 * What to do when a new worker has taken over this page: nothing on the first visit;
 * reload if the user asked for the new version here; otherwise (another tab asked)
 * keep offering the reload, since this page still runs the old build's code.
 */
export function afterTakeover({ wasControlled, asked }) {
  if (!wasControlled) return 'nothing';
  return asked ? 'reload' : 'offer';
}
