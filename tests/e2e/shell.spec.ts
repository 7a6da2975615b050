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
