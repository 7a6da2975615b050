import { test, expect, type Route } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, dist } from './helpers';

const DATA = /\/data\/report\.en\.[0-9a-f]{16}\.json$/;

/** Answers with the built file, one figure changed so its hash no longer
 * matches. Read from dist/, not fetched: a handler that awaited the network
 * could outlive a request the page has dropped, and fail on its response. */
function tampered(route: Route) {
  const bytes = fs.readFileSync(path.join(dist, new URL(route.request().url()).pathname), 'utf8');
  return route.fulfill({ contentType: 'application/json', body: bytes.replace('113 participants', '999 participants') });
}

// These tests are about the localStorage copy, which must work where no
// service worker runs (plain http on a classroom LAN, some in-app browsers).
test.use({ serviceWorkers: 'block' });

test('after one visit the report renders from storage with the data asset blocked', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.locator('article')).toContainText('113 participants');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  // Stored around the bytes as they came, in the record's envelope.
  const { stored, name, text } = await page.evaluate(async () => {
    const name = document.querySelector('meta[name="lantern:report.en"]')!.getAttribute('content')!;
    const text = await (await fetch(name)).text();
    return { stored: localStorage.getItem('lantern.data.report.en'), name, text };
  });
  expect(stored).toBe(`{"v":4,"data":{"name":${JSON.stringify(name)},"data":${text}}}`);
  let blocked = 0;
  await page.route(DATA, (route) => {
    blocked++;
    return route.abort();
  });
  await page.goto('/read/conclusion');
  await appReady(page);
  await expect(page.locator('article')).toContainText('Conclusion');
  await expect(page.getByRole('heading', { level: 1, name: 'Conclusion' })).toBeVisible();
  // The stored copy matched the page's asset, so nothing was even asked for.
  expect(blocked).toBe(0);
});

test('a corrupt stored copy is set aside and the report fetched again', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // The first visit's own copy is stored after the page draws: wait for it,
  // so it cannot overwrite the damage written below.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  await page.evaluate(() => {
    localStorage.setItem('lantern.data.report.en', '{"v":4,"data":{"name":"x","data":[["not a report');
    localStorage.setItem('lantern.bookmarks', '{"v":1,"data":{"sections":["introduction"]}}');
  });
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.locator('article')).toContainText('113 participants');
  await expect(page.locator('[data-notice="RecordSetAside"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('lantern.backup.data.report.en.'))).toBe(true);
});

test('copies an older build kept are replaced quietly: no notice, nothing set aside', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  // Version 1 held the asset as a string, version 2 as objects naming fields,
  // version 3 (the report) countries without a name in the reader's language.
  await page.evaluate(() => {
    localStorage.setItem('lantern.data.report.en', '{"v":3,"data":{"name":"data/report.en.0000000000000000.json","data":[["t","s","c","p","c","en"],[["fiji","Fiji"]],[],[],[]]}}');
    localStorage.setItem('lantern.data.quiz.en', '{"v":2,"data":{"name":"data/quiz.en.0000000000000000.json","data":{"questions":[]}}}');
  });
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.locator('article')).toContainText('113 participants');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')!.slice(0, 7))).toBe('{"v":4,');
  await page.goto('/quiz');
  await appReady(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.quiz.en')!.slice(0, 7))).toBe('{"v":3,');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith('lantern.backup.'))).toEqual([]);
});

test('a damaged settings record is set aside with a notice and the rest kept', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => {
    localStorage.setItem('lantern.settings', '{"v":2,"data":{"text_size":"huge"}}');
    localStorage.setItem('lantern.bookmarks', '{"v":1,"data":{"sections":["conclusion"]}}');
  });
  await page.reload();
  await appReady(page);
  await expect(page.locator('[data-notice="RecordSetAside"]')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('lantern.backup.settings.'))).toBe(true);
  expect(keys).not.toContain('lantern.settings');
  await page.goto('/bookmarks');
  await expect(page.getByRole('link', { name: 'Conclusion' })).toBeVisible();
});

test('an older settings record is migrated', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('lantern.settings', '{"v":1,"data":{"large_text":true,"theme":"dark"}}'));
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.settings')!));
  expect(stored.v).toBe(2);
});

test('blocked storage: the app works from the network and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.locator('article')).toContainText('113 participants');
  await expect(page.locator('[data-notice="StorageUnavailable"]')).toBeVisible();
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();
});

test('a full quota: the app keeps working and says so', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'lantern.bookmarks') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  });
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();
  await expect(page.locator('[data-notice="StorageFull"]')).toBeVisible();
  await expect(page.locator('article')).toContainText('113 participants');
});

test('no connection and no stored copy on a first visit: a clear retry screen', async ({ page }) => {
  let fail = true;
  await page.route(DATA, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('article')).toContainText('113 participants');
});

test('a data asset whose bytes do not match its hash is rejected and the previous copy kept', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  const OLD = 'data/report.en.0000000000000000.json';
  // Make the stored copy look older than the page's asset, so the app fetches it.
  await page.evaluate((old) => {
    const rec = JSON.parse(localStorage.getItem('lantern.data.report.en')!);
    rec.data.name = old;
    localStorage.setItem('lantern.data.report.en', JSON.stringify(rec));
  }, OLD);
  let served = 0;
  await page.route(DATA, (route) => {
    served++;
    return tampered(route);
  });
  await page.reload();
  await appReady(page);
  await expect.poll(() => served).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  await expect(page.locator('article')).toContainText('113 participants');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.data.report.en')!));
  expect(kept.data.name).toBe(OLD);
  expect(JSON.stringify(kept.data.data)).toContain('113 participants');
  expect(JSON.stringify(kept.data.data)).not.toContain('999 participants');
});

test('a tampered first download is refused with the retry screen, never shown', async ({ page }) => {
  await page.route(DATA, tampered);
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('does not match');
});

test('the saved theme and text size apply before the app starts', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() =>
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 4, theme: 'high-contrast', reduce_motion: true } })),
  );
  // With the wasm blocked only the static shell and the boot script run.
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator('#boot-status')).toHaveText(/could not start/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '4');
  await expect(page.locator('html')).toHaveAttribute('data-reduce-motion', 'on');
});

test('a damaged settings record leaves the static shell in the default look', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('lantern.settings', '{"v":2,"data":{"text_size":"huge","theme":"constructor"}}'));
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator('#boot-status')).toHaveText(/could not start/);
  expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name))).not.toContain('data-text-size');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});

test('a copy an older build kept, with no connection: the retry screen, and the copy kept until a new one comes', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
  // Rewrite the stored copy as version 1 wrote it: the asset's text as a string.
  const v1 = await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('lantern.data.report.en')!);
    const v1 = JSON.stringify({ v: 1, data: { name: rec.data.name, json: JSON.stringify(rec.data.data) } });
    localStorage.setItem('lantern.data.report.en', v1);
    return v1;
  });
  let fail = true;
  await page.route(DATA, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  expect(await page.evaluate(() => localStorage.getItem('lantern.data.report.en'))).toBe(v1);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('article')).toContainText('113 participants');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('lantern.data.report.en')!).v)).toBe(4);
});
