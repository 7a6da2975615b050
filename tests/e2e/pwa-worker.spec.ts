import { test, expect } from '@playwright/test';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady } from './helpers';
import { countingProxy, dist, readyOffline, record } from './pwa-helpers';

const base = process.env.LANTERN_URL ?? 'http://127.0.0.1:8080';
const sw = () => fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');

test('sw.js precaches the first-visit files, each with the hash of its bytes, under the build\'s cache name', () => {
  const rec = record(dist);
  // The shipped worker is minified: read its list as the script writes it.
  const literal = sw().match(/PRECACHE\s*=\s*(\[.*?\])(?:\.map|[;,])/)![1];
  const listed: (string | { url: string; revision: string; lang?: string })[] = new Function(`return ${literal}`)();
  // A language's data goes by its name alone: its language and revision are in it.
  const all = listed.map((e) => {
    if (typeof e !== 'string') return e;
    const [, lang, revision] = e.split('.');
    return { url: e, lang, revision };
  });
  expect(listed.filter((e) => typeof e === 'string').length).toBe(rec.assets.filter((a) => a.path.startsWith('data/') && !a.path.endsWith('.br') && !a.path.endsWith('.gz')).length);
  // Each language's data is marked with it, and cached only while in use.
  for (const e of all) {
    const m = e.url.match(/^data\/[a-z]+\.([A-Za-z-]+)\.[0-9a-f]{16}\.json$/);
    expect(e.lang ?? null, e.url).toBe(m ? m[1] : null);
  }
  expect(all.filter((e) => e.lang === 'th').length).toBe(3);
  const list = all.filter((e) => !e.lang || e.lang === 'en');
  expect(list.length).toBe(rec.precache.entries);
  expect(rec.precache.cache).toMatch(new RegExp(`^lantern-precache:${rec.base}:[0-9a-f]{16}$`));
  expect(sw().replace(/\s/g, '')).toMatch(new RegExp(`CACHE=PREFIX\\+["']${rec.precache.cache.split(':').pop()}["']`));
  // The home page goes by the address a first visit asks for it.
  const file = (url: string) => (url === './' ? 'index.html' : url);
  for (const e of list) {
    expect(e.url.startsWith('/'), `${e.url} is relative to sw.js`).toBe(false);
    const bytes = fs.readFileSync(path.join(dist, file(e.url)));
    expect(crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16), e.url).toBe(e.revision);
  }
  const urls = new Set(list.map((e) => file(e.url)));
  expect(list.some((e) => e.url === 'index.html')).toBe(false);
  for (const must of ['index.html', 'manifest.webmanifest', rec.data['report.en'], rec.data['quiz.en']]) {
    expect(urls.has(must), must).toBe(true);
  }
  expect([...urls].some((u) => u.endsWith('.wasm'))).toBe(true);
  // build.json: first visit = the precache + sw.js itself.
  for (const a of rec.assets) {
    expect(a.first_visit, a.path).toBe(urls.has(a.path) || a.path === 'sw.js');
  }
  const precached = rec.assets.filter((a: { path: string }) => urls.has(a.path));
  expect(precached.reduce((n: number, a: { brotli: number }) => n + a.brotli, 0)).toBe(rec.precache.brotli);
});

test('sw.js and the manifest are revalidated on every load; hashed assets are immutable', async ({ request }) => {
  for (const name of ['sw.js', 'manifest.webmanifest', 'index.html']) {
    const res = await request.get(`${base}/${name}`);
    expect(res.ok(), name).toBe(true);
    expect(res.headers()['cache-control'], name).toBe('no-cache');
  }
  const res = await request.get(`${base}/${record(dist).data['report.en']}`);
  expect(res.headers()['cache-control']).toContain('immutable');
});

for (const address of ['/', '/read/introduction']) {
  test(`a first visit to ${address} asks for each file once: the worker precaches what the page fetched, from the HTTP cache as it is`, async ({ page }) => {
    const proxy = await countingProxy(base);
    try {
      await page.goto(`${proxy.url}${address}`);
      await appReady(page);
      await readyOffline(page);
      // The browser reads the manifest for installability a moment later.
      await expect.poll(() => proxy.counts.get('/manifest.webmanifest') ?? 0).toBeGreaterThan(0);
      const assets: { path: string }[] = record(dist).assets;
      const wasm = assets.find((a) => a.path.endsWith('.wasm'))!.path;
      const glue = assets.find((a) => /^lantern-[0-9a-f]{16}\.js$/.test(a.path))!.path;
      // Fetched by the page, then taken from the HTTP cache by the worker's install.
      expect(proxy.counts.get(`/${wasm}`)).toBe(1);
      expect(proxy.counts.get(`/${glue}`)).toBe(1);
      // Nothing asked for twice, not even to revalidate: the page, the
      // manifest and the icon included. The home page is precached as `./`.
      const twice = [...proxy.counts].filter(([, n]) => n > 1);
      expect(twice).toEqual([]);
      expect(proxy.counts.has('/index.html')).toBe(false);
      expect(proxy.counts.get('/')).toBe(1);
      if (address !== '/') expect(proxy.counts.get(address)).toBe(1);
    } finally {
      await proxy.close();
    }
  });
}

test('a damaged copy in the HTTP cache is fetched again, and the good bytes are precached', async ({ page }) => {
  const quiz = `/${record(dist).data['quiz.en']}`;
  // The first answer for the question bank is damaged and says it may be cached for a year.
  const proxy = await countingProxy(base, (p, n) => (p === quiz && n === 1 ? Buffer.from('{"damaged": true}') : null));
  try {
    await page.goto(`${proxy.url}/`);
    await appReady(page);
    await readyOffline(page);
    expect(proxy.counts.get(quiz)).toBe(2);
    const cached = await page.evaluate(async (u) => (await (await caches.match(u))!.arrayBuffer()).byteLength, `${proxy.url}${quiz}`);
    expect(cached).toBe(fs.statSync(path.join(dist, quiz)).size);
  } finally {
    await proxy.close();
  }
});

test('a status asked while the worker is still fetching the language\'s data waits for it, so a first visit never says "again"', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  const english = Object.entries(record(dist).data as Record<string, string>)
    .filter(([key]) => key.endsWith('.en'))
    .map(([, file]) => `/${file}`);
  expect(english.length).toBeGreaterThan(0);
  // As on a first visit: no language named yet, and English's data not yet kept.
  const lost = await page.evaluate(async (english) => {
    for (const k of await caches.keys()) if (k.startsWith('lantern-lang:')) await caches.delete(k);
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('lantern-precache:'))!);
    let lost = 0;
    for (const file of english) if (await cache.delete(new URL(file, location.origin).href)) lost++;
    return lost;
  }, english);
  expect(lost).toBe(english.length);
  // The data comes slowly, so the page's second question (it asks when the
  // worker takes control and again when it is ready) comes mid-fetch.
  await context.route((url) => english.includes(url.pathname), async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const answers = await page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    const got: boolean[] = [];
    const both = new Promise<void>((resolve) =>
      sw.addEventListener('message', (e) => {
        if (e.data?.type === 'STATUS' && got.push(e.data.complete) === 2) resolve();
      }),
    );
    sw.controller!.postMessage({ type: 'GET_STATUS', lang: 'en' });
    await new Promise((r) => setTimeout(r, 300));
    sw.controller!.postMessage({ type: 'GET_STATUS', lang: 'en' });
    await both;
    return got;
  });
  expect(answers).toEqual([true, true]);
  await expect(page.locator('[data-net="ready"]')).toBeAttached();
});
