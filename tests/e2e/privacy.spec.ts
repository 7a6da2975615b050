import { test, expect } from '@playwright/test';
import { appReady } from './helpers';

test('a full tour of the app makes no request to any origin but its own', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const own = new URL(baseURL!).origin;
  const requests: string[] = [];
  // Context-level, so service-worker and page requests are both seen.
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await appReady(page);
  await page.locator('.trend-card summary').first().click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Read' }).click();
  await page.getByRole('link', { name: 'Introduction' }).first().click();
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await page.goto('/countries');
  await page.getByRole('link', { name: 'Fiji' }).click();
  await expect(page.locator('main article.example').first()).toBeVisible();
  await page.goto('/search?q=grooming');
  await expect(page.locator('.hits .hit').first()).toBeVisible();
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await page.locator('.choices button').first().click();
  await page.goto('/facilitate');
  await appReady(page);
  await page.goto('/help');
  await page.getByLabel('Name').fill('Helper');
  await page.getByLabel('Phone number').fill('123 456');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.goto('/settings');
  await page.getByLabel('Dark').check();
  await page.goto('/about');
  await appReady(page);
  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== own);
  expect(foreign).toEqual([]);
});

test('the page carries its own strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:\/\//);
  expect(csp).not.toContain("'unsafe-inline'");
});
