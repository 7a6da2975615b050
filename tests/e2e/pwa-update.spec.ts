import { test, expect, type Page } from '@playwright/test';
import { appReady } from './helpers';
import { Hub, checkForUpdate, dist, distB, distBroken, goOffline, lanternCaches, markerB, readyOffline, record } from './pwa-helpers';

/** Visits build A until it is ready offline, with a bookmark and a quiz at question 3. */
async function useBuildA(page: Page, hub: Hub) {
  await page.goto(hub.url + '/read/community-engagement');
  await appReady(page);
  await readyOffline(page);
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();
  await page.goto(hub.url + '/quiz');
  await appReady(page);
  await page.getByLabel('Age 14–17').check();
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  for (const n of [1, 2]) {
    await expect(page.locator('.progress')).toContainText(`Question ${n} of 5`);
    await page.locator('.choices button').first().click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expect(page.locator('.progress')).toContainText('Question 3 of 5');
  return page.locator('h2.prompt').innerText();
}

test('a new build waits for consent; accepting it runs B with the quiz and bookmark kept and A\'s cache gone', async ({ page }) => {
  const a = record(dist);
  const b = record(distB);
  expect(b.data['report.en']).not.toBe(a.data['report.en']);
  let hub = await Hub.start(dist);
  try {
    const third = await useBuildA(page, hub);
    expect(await lanternCaches(page)).toEqual([a.precache.cache]);

    // Deploy B on the same origin.
    await hub.stop();
    hub = await Hub.start(distB, hub.port);
    expect(await checkForUpdate(page)).toBe('installed');
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(page.getByText('A new version is ready.')).toBeVisible();
    await expect(reload).toBeVisible();
    // Nothing changes before consent: A still controls the page, B waits.
    expect(await page.locator('meta[name="lantern:report.en"]').getAttribute('content')).toBe(a.data['report.en']);
    expect((await lanternCaches(page)).sort()).toEqual([a.precache.cache, b.precache.cache].sort());

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await appReady(page);
    // B runs: its page names B's data, which replaced the stored copy.
    await expect(page.locator('meta[name="lantern:report.en"]')).toHaveAttribute('content', b.data['report.en']);
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    await expect(page.locator('.progress')).toContainText('Question 3 of 5');
    await expect(page.locator('h2.prompt')).toHaveText(third);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('lantern.data.report.en') ?? '{}').data?.name))
      .toBe(b.data['report.en']);
    await page.goto(hub.url + '/read/conclusion');
    await appReady(page);
    await expect(page.locator('article')).toContainText(markerB);
    await page.goto(hub.url + '/bookmarks');
    await appReady(page);
    await expect(page.getByRole('link', { name: 'Community Engagement' })).toBeVisible();
    // Activation deleted A's cache, and only that.
    expect(await lanternCaches(page)).toEqual([b.precache.cache]);
  } finally {
    await hub.stop();
  }
});

test('a broken deploy never activates, and the old version keeps serving offline', async ({ page, context }) => {
  const a = record(dist);
  let hub = await Hub.start(dist);
  try {
    await page.goto(hub.url + '/');
    await appReady(page);
    await readyOffline(page);
    const activeBefore = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL);

    // B's sw.js, but one file it precaches is missing from the server.
    await hub.stop();
    hub = await Hub.start(distBroken, hub.port);
    expect(await checkForUpdate(page)).toBe('redundant');
    const reg = await page.evaluate(async () => {
      const r = (await navigator.serviceWorker.getRegistration())!;
      return { waiting: !!r.waiting, installing: !!r.installing, active: r.active?.state };
    });
    expect(reg).toEqual({ waiting: false, installing: false, active: 'activated' });
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    // The failed install left no half-filled cache behind.
    expect(await lanternCaches(page)).toEqual([a.precache.cache]);

    // Online, navigations still get A (the broken build's page never shows).
    await page.goto(hub.url + '/read/conclusion');
    await appReady(page);
    await expect(page.locator('meta[name="lantern:report.en"]')).toHaveAttribute('content', a.data['report.en']);

    await goOffline(context, hub);
    await page.goto(hub.url + '/read/introduction');
    await appReady(page);
    await expect(page.locator('article')).toContainText('113 participants');
    await page.goto(hub.url + '/read/conclusion');
    await appReady(page);
    await expect(page.locator('article')).not.toContainText(markerB);
    await expect(page.getByRole('heading', { level: 1, name: 'Conclusion' })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL)).toBe(activeBefore);
  } finally {
    await hub.stop();
  }
});
