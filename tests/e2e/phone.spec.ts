import { test, expect } from '@playwright/test';
import { appReady, openPlace } from './helpers';

// A phone held as a child holds it: 360 × 740, touch, no keyboard.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const SCREENS = ['/', '/read', '/read/introduction', '/quiz', '/help', '/settings', '/facilitate', '/search'];

test('on every main screen the header and the places take at most a fifth of the first screen', async ({ page }) => {
  for (const route of SCREENS) {
    await page.goto(route);
    await appReady(page);
    const { header, nav, heading } = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { header: box('.site-header').height, nav: box('.main-nav').height, heading: box('main h1').top };
    });
    expect(header + nav, route).toBeLessThanOrEqual(740 / 5);
    expect(heading, route).toBeLessThanOrEqual(740 / 5);
  }
});

test('quick exit is on screen and one tap away before and after scrolling a long page', async ({ page }) => {
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>neutral' }));
  await page.goto('/read/introduction');
  await appReady(page);
  // The page is long only once the report's text is on it.
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  const exit = page.getByRole('button', { name: 'Quick exit' });
  await expect(exit).toBeInViewport({ ratio: 1 });
  await page.mouse.wheel(0, 4000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect(exit).toBeInViewport({ ratio: 1 });
  await exit.tap();
  await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
});

test('the main places carry a picture and a name, and the rest are one tap further', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Home', 'Read', 'Quiz', 'Help']) {
    const link = nav.getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link.locator('svg.icon')).toHaveCount(1);
    await expect(link.locator('span')).toHaveText(name);
  }
  await openPlace(page, 'Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The "More" places close once one is opened.
  await expect(nav.getByRole('link', { name: 'Search' })).toBeHidden();
});

test('keyboard tips stay out of a touch phone\'s way, and show once a key is pressed', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).tap();
  const tip = page.locator('.keyboard-hint');
  await expect(tip).toHaveCount(1);
  await expect(tip).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
});

test.describe('with a mouse and keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test('keyboard tips show, and the places sit under the header', async ({ page }) => {
    await page.goto('/quiz');
    await appReady(page);
    await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
    await expect(page.locator('.keyboard-hint')).toBeVisible();
    const nav = await page.locator('.main-nav').boundingBox();
    expect(nav!.y).toBeLessThan(200);
  });
});
