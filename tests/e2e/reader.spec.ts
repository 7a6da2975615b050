import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, watchErrors } from './helpers';

const source = fs.readFileSync(path.join(__dirname, '..', '..', 'content', 'source', '000_2058c5c270a837be.txt'), 'utf8');

test('a chapter opens from the contents page', async ({ page }) => {
  await page.goto('/read');
  await appReady(page);
  await page.getByRole('link', { name: 'Legal and Cultural Barriers' }).click();
  await expect(page).toHaveURL(/\/read\/legal-and-cultural-barriers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Legal and Cultural Barriers/i);
  await expect(page.locator('article')).toContainText('outdated legal frameworks');
});

test('the Fiji page lists as many examples as the source has', async ({ page }) => {
  const inSource = source.split('\n').filter((l) => /^#{2,4}\s+\**FIJI:?\**\s*$/.test(l.trim())).length;
  expect(inSource).toBe(3);
  await page.goto('/countries');
  await appReady(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Fiji' })).toContainText(`${inSource} examples`);
  await page.getByRole('link', { name: 'Fiji' }).click();
  await expect(page).toHaveURL(/\/country\/fiji$/);
  await expect(page.locator('main article.example')).toHaveCount(inSource);
});

test('Mongolia, mentioned but without an example, still has a page', async ({ page }) => {
  await page.goto('/country/mongolia');
  await appReady(page);
  await expect(page.locator('main article.example')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Socio-Economic Factors and Cultural Dynamics' })).toBeVisible();
});

test('the home page shows the 18 trends as cards that open', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const cards = page.locator('.trend-card');
  await expect(cards).toHaveCount(18);
  await cards.nth(1).locator('summary').click();
  await expect(cards.nth(1)).toContainText('particularly affecting boys');
});

test('a bookmark, the text size and the reading position survive a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/read/community-engagement');
  await appReady(page);
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/settings');
  await page.getByLabel('Text size 4').check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  await expect(page.getByLabel('Text size 4')).toBeChecked();
  await page.goto('/bookmarks');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Community Engagement' })).toBeVisible();
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: /Continue reading: Community Engagement/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the about page carries the citation, the permission and the independence note', async ({ page }) => {
  await page.goto('/about');
  await appReady(page);
  await expect(page.locator('main')).toContainText(
    'ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.',
  );
  await expect(page.locator('main')).toContainText('Reproduction is authorised with acknowledgement of source as ECPAT International.');
  await expect(page.locator('main')).toContainText('not made or endorsed by ECPAT International');
});
