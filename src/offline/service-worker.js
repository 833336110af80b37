// The offline service worker, published as <base>sw.js by scripts/postbuild.mjs, which puts
// VERSION (a hash of the build) and PRECACHE (the offline page and its files) in front of this.
//
// It keeps the site's own files a person has opened, so pages stay readable and templates fillable
// offline. It never touches other origins, requests other than GET, or addresses outside the site,
// and it stores pages without their query string, so nothing typed is kept. Answers live only in
// localStorage and never pass through here.

const SCOPE = new URL('./', self.location.href);
// Several sites can share an origin (GitHub Pages projects), so caches are named per base path.
const PREFIX = `mvp-toolkit:${SCOPE.pathname}:`;
const CACHE = `${PREFIX}${VERSION}`;
const OFFLINE_URL = new URL('offline/', SCOPE).href;
const IMMUTABLE = `${SCOPE.pathname}_astro/`;

function isOurs(url) {
  return url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname) && url.pathname !== `${SCOPE.pathname}sw.js`;
}

function keyOf(url) {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

const storable = (response) => response.ok && response.type === 'basic' && !response.redirected;

async function fetchInto(cache, key) {
  const response = await fetch(key);
  if (storable(response)) await cache.put(key, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((path) => new URL(path, SCOPE).href));
      // Pages kept by the previous version are fetched again, so a new build does not lose them.
      const previous = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      const kept = (await Promise.all(previous.map(async (name) => (await caches.open(name)).keys()))).flat();
      await Promise.allSettled([...new Set(kept.map((request) => request.url))].map((url) => fetchInto(cache, url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// A page sends the addresses of itself and the files it loaded before this worker controlled it.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-urls' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const keys = new Set(
        event.data.urls
          .map((raw) => new URL(String(raw), SCOPE))
          .filter(isOurs)
          .map(keyOf),
      );
      await Promise.allSettled([...keys].map(async (key) => (await cache.match(key)) ?? fetchInto(cache, key)));
    })(),
  );
});

async function fromCache(key) {
  return (await caches.open(CACHE)).match(key);
}

// Network first, so people online always see the current text; the kept copy when offline.
async function networkFirst(event, key) {
  try {
    const response = await fetch(event.request);
    if (storable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const kept = (await fromCache(key)) ?? (event.request.mode === 'navigate' ? await fromCache(OFFLINE_URL) : undefined);
    if (kept) return kept;
    throw error;
  }
}

// Files under _astro/ are named by their content, so a kept copy is always right.
async function cacheFirst(event, key) {
  const kept = await fromCache(key);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (storable(response)) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isOurs(url)) return;
  const key = keyOf(url);
  event.respondWith(url.pathname.startsWith(IMMUTABLE) ? cacheFirst(event, key) : networkFirst(event, key));
});
