import { test, expect } from '@playwright/test';
import { appReady, watchErrors } from './helpers';
import { Hub, dist, goOffline, offlineAgain, readyOffline, record } from './pwa-helpers';

test('after one visit, home, a deep link, search and a quiz all work with no connection', async ({ page, context }) => {
  const hub = await Hub.start(dist);
  try {
    await page.goto(hub.url + '/');
    await appReady(page);
    await readyOffline(page);
    // Everything the worker precaches is in its cache, under the build's name.
    const rec = record(dist);
    const cached = await page.evaluate(async (name) => {
      const c = await caches.open(name);
      return (await c.keys()).length;
    }, rec.precache.cache);
    expect(cached).toBe(rec.precache.entries);

    await goOffline(context, hub);
    await expect(page.locator('[data-net="offline"]')).toContainText('Offline');
    const errors = watchErrors(page);

    // A deep link opened by a fresh navigation, never visited before.
    await page.goto(hub.url + '/read/conclusion');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Conclusion' })).toBeVisible();
    await expect(page.locator('article')).toContainText('Bangkok Regional Workshop 2024');

    await page.goto(hub.url + '/search?q=extortion');
    await appReady(page);
    await expect(page.locator('main')).toContainText('Technological Exploitation');

    await page.goto(hub.url + '/');
    await appReady(page);
    await expect(page.getByRole('heading', { name: '18 emerging trends' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Continue reading: Conclusion/ })).toBeVisible();

    // The quiz's questions were never fetched online: they come from the precache.
    await page.goto(hub.url + '/quiz');
    await appReady(page);
    await page.getByLabel('Age 10–13').check();
    await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
    await expect(page.locator('.progress')).toContainText('Question 1 of 5');
    await page.locator('.choices button').first().click();
    await expect(page.locator('.feedback-region .feedback .verdict')).toHaveText(/That's right!|Not quite, and that's okay\./);
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.locator('.progress')).toContainText('Question 2 of 5');

    await page.reload();
    await appReady(page);
    await expect(page.locator('.progress')).toContainText('Question 2 of 5');
    await offlineAgain(context);
    await expect(page.locator('[data-net="offline"]')).toHaveText('Offline — using the copy on this device');
    expect(errors).toEqual([]);
  } finally {
    await hub.stop();
  }
});
