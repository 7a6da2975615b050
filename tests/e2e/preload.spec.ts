import { test, expect, type Page } from '@playwright/test';
import { appReady } from './helpers';
import { countingProxy, dist, readyOffline, record } from './pwa-helpers';

// A first visit asks for the wasm and the language's first data from the
// page's first bytes (preload hints), so nothing waits for the app to start
// before it downloads; the app then uses those very fetches: one request each.

const base = process.env.LANTERN_URL ?? 'http://127.0.0.1:8080';
const assets = (): string[] => record(dist).assets.map((a: { path: string }) => a.path);
const find = (re: RegExp) => assets().find((p) => re.test(p))!;

/** What the page preloaded, and what the browser said of preloads it did not use. */
async function preloads(page: Page) {
  return page.locator('link[rel="preload"]').evaluateAll((ls) =>
    ls.map((l) => ({ href: l.getAttribute('href'), as: l.getAttribute('as'), cors: l.getAttribute('crossorigin') })),
  );
}

for (const { locale, lang } of [
  { locale: 'en-GB', lang: 'en' },
  { locale: 'th-TH', lang: 'th' },
]) {
  test.describe(`a first visit on a ${locale} phone`, () => {
    test.use({ locale });

    test(`preloads the wasm and the ${lang} data, and downloads each once`, async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (/preload/i.test(m.text())) warnings.push(m.text());
      });
      const proxy = await countingProxy(base);
      try {
        await page.goto(`${proxy.url}/read/introduction`);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const wasm = find(/\.wasm$/);
        const first = lang === 'en' ? [find(/^data\/report\.en\./)] : [find(new RegExp(`^data/ui\\.${lang}\\.`)), find(new RegExp(`^data/report\\.${lang}\\.`))];
        const hints = await preloads(page);
        expect(hints).toEqual(
          expect.arrayContaining([wasm, ...first].map((href) => ({ href, as: 'fetch', cors: '' }))),
        );
        expect(hints).toHaveLength(1 + first.length);
        // The app took them from the preloads: requested by a link, and once.
        const initiators = await page.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname.slice(1), (e as PerformanceResourceTiming).initiatorType])),
        );
        for (const file of [wasm, ...first]) expect(initiators[file], file).toBe('link');
        await readyOffline(page);
        for (const file of [wasm, ...first]) expect(proxy.counts.get(`/${file}`), file).toBe(1);
        // Nothing of another language's data.
        const others = [...proxy.counts.keys()].filter((p) => /^\/data\/(ui|report)\./.test(p) && !p.includes(`.${lang}.`));
        expect(others).toEqual([]);
        expect(warnings).toEqual([]);
      } finally {
        await proxy.close();
      }
    });
  });
}

test('a visit the worker serves preloads no data: the app reads its stored copy', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const hints = await preloads(page);
  expect(hints.map((h) => h.href)).toEqual([find(/\.wasm$/)]);
});
