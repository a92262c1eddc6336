// Service worker: keeps the app shell of this build so the app opens with no connection (reload, reboot).
// The API is not touched here: the app reads it network-first and falls back to its IndexedDB copy, so no
// personal data ever lands in the Cache Storage.
const BUILD = '@app.build@';
const SHELL = `shell-${BUILD}`;
const PREACT = '/vendor/preact/@preact.version@';
const NAVIGATION_WAIT_MS = 4000;
const FILES = [
  '/',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  `${PREACT}/dist/preact.min.umd.js`,
  `${PREACT}/hooks/dist/hooks.umd.js`,
  ...[
    'app.css',
    'js/main.js', 'js/lib.js', 'js/db.js', 'js/api.js', 'js/ui.js', 'js/data.js', 'js/sync.js', 'js/schema.js',
    'js/formview.js', 'js/anthro.js', 'js/nik.js', 'js/sasaran.js', 'js/kader.js', 'js/warga.js', 'js/timbang.js',
    'js/antrian.js', 'js/koreksi.js', 'js/peristiwa.js', 'js/keluarga.js', 'js/admin.js', 'js/admin-laporan.js',
    'js/admin-posyandu.js', 'js/admin-pengguna.js', 'js/chart.js',
    'js/admin-verifikasi.js', 'js/periode.js',
  ].map((f) => `/assets/${BUILD}/${f}`),
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return; // the network as usual
  }
  if (req.mode === 'navigate') {
    // the newest page when the server answers soon, this build's page when it does not (patchy signal)
    const network = fetch(req);
    const deadline = new Promise((resolve, reject) => setTimeout(reject, NAVIGATION_WAIT_MS));
    event.respondWith(Promise.race([network, deadline])
      .catch(() => caches.match('/', { cacheName: SHELL }).then((page) => page || network)));
    return;
  }
  // versioned files never change: the cache first
  event.respondWith(caches.match(req, { cacheName: SHELL }).then((hit) => hit || fetch(req)));
});
