import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, dist, watchErrors } from './helpers';

// The boot script waits for the static shell's largest paint before the app
// replaces it. Where that paint is never reported, or cannot be observed at
// all, the app must start anyway.

test('the app starts where the browser never reports the largest paint', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    // Claims support, then never calls back.
    class Silent {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      observe() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'PerformanceObserver', { value: Silent });
  });
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Quiz' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app starts where the largest paint cannot be observed', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
  });
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the static shell stays in place until the app takes it over whole', async ({ page }) => {
  // Every frame the browser paints has one header: the shell's or the app's.
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __headers: number[] }).__headers = seen;
    const tick = () => {
      // Counted from the first frame with a body: before it there is no page to paint.
      if (document.body) seen.push(document.querySelectorAll('header.site-header').length);
      if (seen.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/');
  await appReady(page);
  await page.waitForTimeout(200);
  const headers = await page.evaluate(() => (window as unknown as { __headers: number[] }).__headers);
  expect(headers.length).toBeGreaterThan(0);
  expect(headers.every((n) => n === 1), `headers per frame: ${headers.join(',')}`).toBe(true);
});

test('the shipped JS and CSS are minified', () => {
  const rec = JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8'));
  const shipped = rec.assets.filter((a: { path: string }) => /^(boot|lantern)-[0-9a-f]{16}\.(js|css)$/.test(a.path));
  expect(shipped.length).toBe(3);
  for (const a of shipped) {
    const text = fs.readFileSync(path.join(dist, a.path), 'utf8');
    // No comments or indentation survive minification.
    expect(text, a.path).not.toMatch(/\n\s{2,}\S/);
    expect(text, a.path).not.toMatch(/\/\*|^\s*\/\//m);
  }
});

test('the first-content mark is set only once the report is on screen, first visit and reload alike', async ({ page }) => {
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    (window as unknown as { __cards: number[] }).__cards = [];
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'lantern:first-content') {
        (window as unknown as { __cards: number[] }).__cards.push(document.querySelectorAll('.trend-cards li').length);
      }
      return mark(name, options);
    };
  });
  for (const visit of ['first', 'reload']) {
    if (visit === 'first') await page.goto('/');
    else await page.reload();
    await appReady(page);
    await page.waitForFunction(() => (window as unknown as { __cards: number[] }).__cards.length > 0);
    const cards = await page.evaluate(() => (window as unknown as { __cards: number[] }).__cards);
    expect(cards, visit).toEqual([18]);
  }
});
