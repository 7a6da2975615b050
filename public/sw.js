// Lantern's service worker: Workbox's precaching semantics in a few lines.
// This file is a template: `cargo xtask build` fills in the precache list and
// the cache name, and writes the result to dist/sw.js.
//
// - install: every entry is copied from an earlier build's cache when its
//   bytes are the same, else fetched through the HTTP cache, so files the page
//   has just downloaded are not downloaded, or asked for, twice on a first
//   visit (`force-cache`); a copy
//   whose SHA-256 does not match the entry's revision is fetched once more
//   with `cache: 'reload'`. Any failure, or a mismatch after that, fails the
//   install, so a broken deploy never activates. No skipWaiting here.
// - activate: deletes only the caches of earlier Lantern builds.
// - fetch: navigations get the precached home page, ./ (deep links work offline;
//   a dotted name tries the network first);
//   precached assets are served cache-first; anything else goes to the network.
// - message SKIP_WAITING: the page asked, with the user's consent.
// - message GET_STATUS: answers whether this build's precache is complete.
// - message REPAIR: fills in whatever the precache lost (browsers evict caches
//   under storage pressure, cleaning tools empty them), with install's checks
//   and without downloading what is still there; then answers as GET_STATUS.
// - languages: an entry with a `lang` is one language's data, precached only
//   for the language in use. The page names it in GET_STATUS and REPAIR; the
//   worker remembers it (for the next build's install), caches that
//   language's files (from the HTTP cache when the page has just fetched
//   them) and drops another language's. Before any page has named one, the
//   install caches only the shared files.
//
// Every URL is relative to this file, so the app works under any sub-path.
'use strict';

// Cache Storage is shared by the whole origin: the prefix names this app's
// folder, so two copies under two sub-paths never delete each other's caches.
const base = new URL('./', self.location.href);
const PREFIX = 'lantern-precache:' + base.pathname + ':';
const CACHE = PREFIX + '{{build_id}}';
// A language's data is listed by its name alone, `data/<kind>.<lang>.<revision>.json`.
const PRECACHE = {{precache}}.map((e) =>
  typeof e === 'string' ? { url: e, lang: e.split('.')[1], revision: e.split('.')[2] } : e,
);

const LANG_KEY = new URL('lantern-lang', base).href;
const LANG_CACHE = 'lantern-lang:' + base.pathname;

const urlOf = (entry) => new URL(entry.url, base).href;
const wanted = new Map(PRECACHE.map((e) => [urlOf(e), e]));
// The home page, by the address a first visit asked for it (`./`, not
// `index.html`), so the install finds it in the HTTP cache.
const INDEX = new URL('./', base).href;

async function sha16(response) {
  const buf = await response.clone().arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

// A redirected response cannot answer a navigation; keep its bytes only.
function clean(response) {
  if (!response.redirected) return response;
  return response.blob().then(
    (body) => new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }),
  );
}

// The same bytes from an earlier build's cache, if it has them.
async function fromOlderCache(url, revision) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit && (await sha16(hit)) === revision) return hit;
  }
  return null;
}

// The revision check makes the HTTP cache safe to use as it is, with no
// revalidation (the page has just fetched the page, the manifest and the
// icon): a stale copy from it is caught and fetched again from the server.
async function download(entry, url) {
  let failure = '';
  for (const mode of ['force-cache', 'reload']) {
    const response = await fetch(new Request(url, { cache: mode, credentials: 'same-origin' }));
    if (!response.ok) {
      failure = `HTTP ${response.status}`;
      continue;
    }
    const got = await sha16(response);
    if (got === entry.revision) return response;
    failure = `got ${got}, expected ${entry.revision}`;
  }
  throw new Error(`precaching ${entry.url}: ${failure}`);
}

// The language the page last named, or '' before any has.
async function chosen() {
  const hit = await (await caches.open(LANG_CACHE)).match(LANG_KEY);
  return hit ? hit.text() : '';
}

async function choose(lang) {
  if (!lang || lang === (await chosen())) return;
  await (await caches.open(LANG_CACHE)).put(LANG_KEY, new Response(lang));
}

const entriesFor = (lang) => PRECACHE.filter((e) => !e.lang || e.lang === lang);

async function precache(lang) {
  const cache = await caches.open(CACHE);
  // Another language's data is dropped: only the one in use is kept.
  await Promise.all(PRECACHE.filter((e) => e.lang && e.lang !== lang).map((e) => cache.delete(urlOf(e))));
  await Promise.all(
    entriesFor(lang).map(async (entry) => {
      const url = urlOf(entry);
      if (await cache.match(url)) return;
      let response = await fromOlderCache(url, entry.revision);
      if (!response) response = await download(entry, url);
      await cache.put(url, await clean(response));
    }),
  );
}

self.addEventListener('install', (event) => {
  // A failed install leaves a half-filled cache of this build: drop it.
  event.waitUntil(chosen().then(precache).catch((e) => caches.delete(CACHE).then(() => Promise.reject(e))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

function isAppNavigation(request, url) {
  return request.mode === 'navigate' && url.origin === base.origin && url.href.startsWith(base.href);
}

// A dotted name may be a real file (robots.txt), so it is asked of the
// network first; offline, or where there is no such file, the app answers it
// with its not-found page, as the hub does (`/read/introduction.` from the
// end of a sentence).
function dotted(url) {
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return last.includes('.') && url.href !== INDEX;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (isAppNavigation(request, url) && !wanted.has(url.href)) {
    const app = () => fromCache(INDEX).then((hit) => hit || fetch(request));
    const file = () => fetch(request).then((r) => (r.ok ? r : app()), app);
    event.respondWith(dotted(url) ? file() : app());
    return;
  }
  if (wanted.has(url.href)) {
    event.respondWith(fromCache(url.href).then((hit) => hit || fetch(request)));
  }
  // Anything else goes to the network as if there were no service worker.
});

async function status() {
  const lang = await chosen();
  const cache = await caches.open(CACHE);
  const have = await cache.keys();
  const urls = new Set(have.map((r) => r.url));
  const complete = entriesFor(lang).every((e) => urls.has(urlOf(e)));
  return { type: 'STATUS', cache: CACHE, lang, complete };
}

// One repair at a time, whoever asks.
let repairing = null;
function repair() {
  if (!repairing) {
    repairing = chosen()
      .then(precache)
      .then(() => status())
      .catch((e) => status().then((s) => ({ ...s, failed: String(e) })))
      .finally(() => (repairing = null));
  }
  return repairing;
}

// A language named for the first time, or another one: its files are
// fetched before the answer, as a repair would. While a fetch is under way,
// any question waits for it: "incomplete" then would make the page repair
// what is only still arriving.
async function statusIn(lang) {
  const before = await chosen();
  await choose(lang);
  if ((lang && lang !== before) || repairing) return repair();
  return status();
}

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') {
    self.skipWaiting();
  } else if (type === 'GET_STATUS' && event.source) {
    event.waitUntil(statusIn(event.data.lang).then((s) => event.source.postMessage(s)));
  } else if (type === 'REPAIR' && event.source) {
    event.waitUntil(choose(event.data.lang).then(repair).then((s) => event.source.postMessage({ ...s, repaired: true })));
  }
});
