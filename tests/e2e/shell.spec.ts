import { test, expect } from '@playwright/test';
import { appReady, watchErrors } from './helpers';

test('the app renders its header, navigation and home page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Lantern' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The static loading shell is gone once the app has mounted.
  await expect(page.locator('#boot-status')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('navigating between routes works without a page load', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Read' }).click();
  await expect(page).toHaveURL(/\/read$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
  await page.getByRole('link', { name: 'Introduction' }).first().click();
  await expect(page).toHaveURL(/\/read\/introduction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  await expect(page.locator('article')).toContainText('113 participants from 34 countries');
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page).not.toHaveURL(/\/read\/introduction$/);
  // Client-side routing: the document itself was loaded once.
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  expect(loads).toBe(1);
  expect(errors).toEqual([]);
});

test('reloading on a deep link renders that section', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/read/community-engagement');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Community Engagement' })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Community Engagement' })).toBeVisible();
  await expect(page.locator('aside.example#fiji-1')).toContainText('Fiji');
  expect(errors).toEqual([]);
});

test('an unknown address shows a friendly not-found page', async ({ page }) => {
  await page.goto('/no/such/place');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lantern' })).toBeVisible();
});

test('an unknown section id says so and links to the contents', async ({ page }) => {
  await page.goto('/read/not-a-section');
  await appReady(page);
  await expect(page.getByText('This part of the report could not be found.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Contents' })).toBeVisible();
});

test('the static shell shows the same header and hero as the app', async ({ page, request }) => {
  // The shell is what a phone paints before the wasm arrives; it must not
  // jump or change its words when the app takes over.
  const html = await (await request.get('/')).text();
  await page.goto('/');
  await appReady(page);
  const [live, shell] = await page.evaluate((src) => {
    const read = (doc: Document) => ({
      hero: [...doc.querySelectorAll('.hero > h1, .hero > p')].map((e) => e.textContent?.trim()),
      brand: doc.querySelector('.site-header .brand')?.textContent?.trim(),
      exit: doc.querySelector('.site-header .quick-exit')?.textContent?.trim(),
      lang: doc.querySelector('.site-header .lang-link')?.textContent?.trim(),
      nav: [...doc.querySelectorAll('nav[aria-label="Main"] a')].map((a) => [
        a.textContent?.trim(),
        new URL(a.getAttribute('href') ?? '', location.origin + '/').pathname,
      ]),
    });
    return [read(document), read(new DOMParser().parseFromString(src, 'text/html'))];
  }, html);
  expect(live.hero.length).toBe(3);
  expect(live.nav.length).toBeGreaterThan(5);
  expect(shell).toEqual(live);
});

test('with "Hide Lantern from Back" off, Back and Forward move between pages in the app; the current page is marked', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() =>
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'system', reduce_motion: false, hide_from_back: false } })),
  );
  await page.reload();
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Read' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
  await page.getByRole('link', { name: 'Introduction' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  // "Read" stays marked inside a section; "Home" is not.
  await expect(nav.getByRole('link', { name: 'Read' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
  await page.goBack();
  await expect(page.locator('.trend-card')).toHaveCount(18);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  expect(errors).toEqual([]);
});

test('by default Lantern keeps to one history entry, and its own Back button walks the pages', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Read' }).click();
  await page.getByRole('link', { name: 'Introduction' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // A reload keeps the trail (in this tab's session storage).
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeVisible();
  await expect(page).toHaveURL(/\/read$/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.trend-card')).toHaveCount(18);
  await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
});

test('a trend card opens its place in the report, scrolled into view', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const card = page.locator('.trend-card').nth(11);
  await card.locator('summary').click();
  await card.getByRole('link', { name: 'Read it in the report' }).click();
  await expect(page).toHaveURL(/\/read\/[a-z0-9-]+#trend-12$/);
  await expect(page.locator('#trend-12')).toBeInViewport();
});

test('a modified click is left to the browser', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  const opened = context.waitForEvent('page');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click({ modifiers: ['Shift'] });
  const other = await opened;
  await other.waitForLoadState();
  expect(other.url()).toMatch(/\/help$/);
  // The first page did not move.
  expect(new URL(page.url()).pathname).toBe('/');
  await other.close();
});
