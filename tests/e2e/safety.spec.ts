import { test, expect } from '@playwright/test';
import { appReady } from './helpers';

test('quick exit blanks the page and replaces it with a neutral site when online', async ({ page }) => {
  // Never let the test reach the real site: answer it locally.
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>neutral' }));
  await page.goto('/read/introduction');
  await appReady(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/^https:\/\/www\.google\.com\/search\?q=weather/);
  // Replaced, not pushed: the history did not grow, so Back cannot land on this Lantern page.
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('pressing Shift three times exits, and offline it lands on the built-in neutral page', async ({ page, context }) => {
  await page.goto('/help');
  await appReady(page);
  // The neutral page comes from the service worker's precache when offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await appReady(page);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(/neutral\.html$/);
  await context.setOffline(false);
  await expect(page.locator('main')).toHaveCount(0);
});

test('two Shift presses, or Shift between other keys, do not exit', async ({ page }) => {
  await page.goto('/help');
  await appReady(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeVisible();
});

test('the help page explains what quick exit cannot do and bundles no unverifiable numbers', async ({ page }) => {
  await page.goto('/help');
  await appReady(page);
  const main = page.locator('main');
  await expect(main).toContainText('pressing Back after a quick exit goes to the page you were on before Lantern');
  await expect(main).toContainText("does not delete your browser's history from before you opened Lantern");
  await expect(main).toContainText('icon stays on your home screen');
  await expect(main).toContainText('116 111');
  await expect(main).toContainText('it is never your fault');
  // The only number is the ITU-recommended one, with a "check locally" caveat.
  const numbers = (await main.innerText()).match(/\d[\d \-]{4,}\d/g) ?? [];
  expect(numbers.map((n) => n.trim())).toEqual(['116 111']);
  await expect(page.locator('main a[href^="tel:"]')).toHaveCount(0);
});

test('local help contacts are added, called, edited and deleted, and stay on the device', async ({ page }) => {
  await page.goto('/help');
  await appReady(page);
  await page.getByLabel('Name').fill('School counsellor');
  await page.getByLabel('Phone number').fill('call me');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'phone number' })).toBeVisible();
  await page.getByLabel('Phone number').fill('+66 2 123 4567');
  await page.getByLabel('Note (optional)').fill('Mondays to Fridays');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const call = page.getByRole('link', { name: 'Call School counsellor' });
  await expect(call).toHaveAttribute('href', 'tel:+6621234567');
  await page.reload();
  await appReady(page);
  await expect(call).toBeVisible();
  await page.getByRole('button', { name: 'Edit School counsellor' }).click();
  await page.getByLabel('Name').fill('Aunt May');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Call Aunt May' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call School counsellor' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete Aunt May' }).click();
  await expect(page.getByText('No contacts yet.')).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByText('No contacts yet.')).toBeVisible();
});

test('"Delete everything" clears Lantern\'s storage and caches after a confirmation', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await page.evaluate(async () => {
    const c = await caches.open('lantern-test');
    await c.put('/probe', new Response('x'));
  });
  await page.goto('/settings');
  await appReady(page);
  await page.getByRole('button', { name: 'Delete everything Lantern stored on this device' }).click();
  // Nothing is deleted before the confirmation.
  expect(await page.evaluate(() => localStorage.getItem('lantern.bookmarks'))).not.toBeNull();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await appReady(page);
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lantern.') && !k.startsWith('lantern.data.'))))
    .toEqual([]);
  expect(await page.evaluate(() => caches.has('lantern-test'))).toBe(false);
  await page.goto('/bookmarks');
  await expect(page.getByText('No bookmarks yet.')).toBeVisible();
});
