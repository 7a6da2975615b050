import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appReady, shippedLangs } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROUTES = [
  '/',
  '/read',
  '/read/introduction',
  '/read/at-a-glance',
  '/read/community-engagement',
  '/countries',
  '/country/fiji',
  '/search?q=extortion',
  '/bookmarks',
  '/about',
  '/settings',
  '/help',
  '/quiz',
  '/quiz/history',
  '/facilitate',
  '/facilitate/print?show=key',
  '/join',
  '/no/such/page',
];
const THEMES = ['light', 'dark', 'high-contrast'] as const;

async function scan(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

async function useTheme(page: Page, theme: string) {
  await page.addInitScript((t) => {
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: t, reduce_motion: false } }));
  }, theme);
}

for (const theme of THEMES) {
  test(`every route has no WCAG 2.2 AA violations at 320 px in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await useTheme(page, theme);
    for (const route of ROUTES) {
      await page.goto(route);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme === 'high-contrast' ? 'contrast' : theme);
      await page.waitForTimeout(100);
      await scan(page, `${theme} ${route}`);
    }
  });

  test(`quiz answered and results states have no violations in the ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await useTheme(page, theme);
    await page.goto('/quiz');
    await appReady(page);
    await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
    await scan(page, `${theme} quiz question`);
    for (let i = 1; i <= 5; i++) {
      await page.locator('.choices button').nth(i % 2).click();
      if (i === 1) await scan(page, `${theme} quiz answered`);
      await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
    }
    await expect(page.locator('.score')).toBeVisible();
    await scan(page, `${theme} quiz results`);
  });
}

async function overflowOn(page: Page, route: string) {
  await page.goto(route);
  await appReady(page);
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function textSize(page: Page, size: number) {
  await page.addInitScript((s) => {
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: s, theme: 'light', reduce_motion: false } }));
  }, size);
}

test('every route reflows at 320 CSS px with no horizontal scrolling (WCAG 1.4.10)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await textSize(page, 1);
  for (const route of ROUTES) expect(await overflowOn(page, route), route).toBeLessThanOrEqual(0);
});

test('text at 200% loses nothing: no horizontal scrolling at 1280 px zoomed 200% (WCAG 1.4.4)', async ({ page }) => {
  test.setTimeout(90_000);
  // 1280 px at 200% zoom lays out like 640 CSS px; the largest text setting is 200%.
  await page.setViewportSize({ width: 640, height: 800 });
  await textSize(page, 4);
  await page.goto('/');
  await appReady(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  for (const route of ROUTES) expect(await overflowOn(page, route), route).toBeLessThanOrEqual(0);
});

test('large text (137%) still fits a 320 px phone on the reading and quiz screens', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await textSize(page, 3);
  for (const route of ['/', '/read/introduction', '/quiz', '/help', '/search?q=extortion']) {
    expect(await overflowOn(page, route), route).toBeLessThanOrEqual(0);
  }
});

test('tap targets are at least 24 px, and quiz answers at least 44 px', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, summary, select')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => !(e.closest('p, li') && e.tagName === 'A' && getComputedStyle(e).display === 'inline'))
      // Inside a closed <details> (the "More" places) nothing is drawn.
      .filter((e) => e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ e }) => e.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
  const heights = await page.locator('.choices button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
});

test('the keyboard reaches the skip link first, and it moves focus to the content', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/read\/introduction$/);
  // Headings start at h1 and never skip a level.
  const levels = await page.locator('main :is(h1,h2,h3,h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
});

test('focus stays visible when tabbing through a page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return true;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const onScreen = r.bottom > 0 && r.top < innerHeight;
      return onScreen && (s.outlineStyle !== 'none' || s.boxShadow !== 'none');
    });
    expect(visible, `tab stop ${i + 1}`).toBe(true);
  }
});

for (const [locale, prefix] of shippedLangs().map((l) => [l.locale, l.tag === 'en' ? '' : `/${l.tag}`])) {
  test.describe(`the pages as they are where the app cannot start, on a ${locale} phone`, () => {
    // axe needs the page's scripts, so the wasm is blocked instead of them all.
    test.use({ serviceWorkers: 'block', viewport: { width: 320, height: 720 }, locale });

    test('have no WCAG 2.2 AA violations', async ({ page }) => {
      await page.route(/\.wasm$/, (route) => route.abort());
      for (const route of ['/', '/read', '/read/introduction', '/read/at-a-glance', '/country/fiji', '/help', '/about', '/quiz']) {
        await page.goto(prefix + route);
        await expect(page.locator('html')).toHaveAttribute('lang', prefix.slice(1) || 'en');
        expect(new URL(page.url()).pathname).toBe(prefix + (route === '/' && prefix ? '/' : route));
        await expect(page.locator('main h1').first()).toBeVisible();
        await expect(page.locator('#boot-status')).toHaveText(/\S/);
        await expect(page.locator(':root[data-js]')).toHaveCount(0);
        await scan(page, prefix + route);
      }
    });
  });
}
