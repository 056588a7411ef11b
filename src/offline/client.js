// Registers the service worker (src/offline/sw.js) and tells the app about new versions.
//
// The app (Rust) and this module talk through window events:
// - 'keystone-idle' (app → here): the first page is on screen; only then is the worker
//   registered, so that its download of the whole build never competes with the first visit;
// - 'keystone-update' (here → app): a new version is waiting; `window.keystoneUpdate` is
//   set too, for an app that starts listening later;
// - 'keystone-reload' (app → here): the user chose to load the new version.
import { offerUpdate, afterTakeover } from './update.js';

const sw = navigator.serviceWorker;
let registration = null;
let asked = false;
let wasControlled = Boolean(sw && sw.controller);

function offer() {
  window.keystoneUpdate = true;
  window.dispatchEvent(new Event('keystone-update'));
}

function check() {
  if (registration && offerUpdate({ controlled: Boolean(sw.controller), waiting: registration.waiting })) offer();
}

async function register() {
  try {
    registration = await sw.register('./sw.js', { updateViaCache: 'none' });
    // Blocked (a test harness, a policy): nothing registered.
    if (!registration) return;
  } catch {
    // Not allowed here (a private window, a page opened from disk): the app works as a
    // plain web page.
    return;
  }
  // A new worker may be waiting already, or still installing (register() itself looks
  // for a new version).
  check();
  const track = (worker) => worker?.addEventListener('statechange', () => { if (worker.state === 'installed') check(); });
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // A tab left open for days still hears of new deployments.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
  setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
}

if (sw) {
  sw.addEventListener('controllerchange', () => {
    const next = afterTakeover({ wasControlled, asked });
    wasControlled = true;
    if (next === 'reload') location.reload();
    else if (next === 'offer') offer();
  });
  window.addEventListener('keystone-idle', register, { once: true });
  window.addEventListener('keystone-reload', () => {
    asked = true;
    if (registration?.waiting) registration.waiting.postMessage('skip-waiting');
    else location.reload();
  });
}
