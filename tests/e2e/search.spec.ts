import { test, expect } from '@playwright/test';
import { appReady } from './helpers';

test('a search for "extortion" reaches the trend and the thematic section on it', async ({ page }) => {
  await page.goto('/search');
  await appReady(page);
  await page.getByLabel('Search words').fill('extortion');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=extortion$/);
  const hits = page.locator('.hits .hit');
  await expect(hits.first()).toBeVisible();
  const titles = await hits.locator('a').allInnerTexts();
  expect(titles).toContain('At a Glance - Top 20 Emerging Trends and Local Experiences');
  expect(titles.some((t) => /Technological Exploitation/.test(t))).toBe(true);
  // Matches are highlighted with elements, not markup in text.
  await expect(hits.first().locator('mark').first()).toHaveText(/extortion/i);
});

test('search is prefix, case and diacritic insensitive, and deep-linkable', async ({ page }) => {
  await page.goto('/search?q=EXTÖRT');
  await appReady(page);
  await expect(page.locator('.hits .hit').first()).toBeVisible();
  await page.locator('.hits .hit a').first().click();
  await expect(page).toHaveURL(/\/read\//);
});

test('a query with no match says so kindly', async ({ page }) => {
  await page.goto('/search?q=zzzzqqq');
  await appReady(page);
  await expect(page.getByText('No sections match')).toBeVisible();
});
