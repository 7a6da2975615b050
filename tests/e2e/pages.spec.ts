import { test, expect, type Page, type Browser } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, dist, shippedLangs, watchErrors } from './helpers';
import { readyOffline } from './pwa-helpers';

// The build writes a page for each address (xtask/src/pages.rs): its own
// words, painted from the first bytes, and readable where the app cannot run.

/** Every address the build wrote a page for, from its folders in dist/. */
function addresses(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === 'index.html') out.push('/' + dir.split(path.sep).join('/'));
    }
  };
  walk('');
  return out.map((a) => (a === '/' ? '/' : a.replace(/\/$/, '')));
}

/** The pages that need the app: their own heading, and nothing else. */
const APP_ONLY = ['/search', '/quiz', '/quiz/history', '/facilitate', '/facilitate/run', '/facilitate/print', '/facilitate/live', '/join', '/bookmarks', '/settings'];

/** What a reader gets from a page: its title, and its main area's words, headings and links. */
async function read(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelector('#boot-status')?.remove();
    return {
      title: document.title,
      text: (main.textContent ?? '').replace(/\s+/g, ' ').trim(),
      headings: [...main.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent?.trim()}`),
      links: [...main.querySelectorAll('a[href]')].map((a) => `${(a as HTMLAnchorElement).href} ${a.getAttribute('aria-current') ?? ''}`),
      current: [...document.querySelectorAll('.site-header a[aria-current], nav.main-nav a[aria-current]')].map((a) => a.textContent?.trim()),
    };
  });
}

/** The language prefix of an address (`/th/read/x` → `th`), or '' for English. */
const TAGS = shippedLangs().map((l) => l.tag).filter((t) => t !== 'en');
const prefixOf = (address: string) => TAGS.find((t) => address === `/${t}` || address.startsWith(`/${t}/`)) ?? '';

async function staticPages(browser: Browser, list: string[]) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const out = new Map<string, Awaited<ReturnType<typeof read>>>();
  for (const address of list) {
    const res = await page.goto(address);
    expect(res!.status(), address).toBe(200);
    const lang = prefixOf(address);
    const own = lang ? address.slice(lang.length + 2) : address.slice(1);
    await expect(page.locator('html'), address).toHaveAttribute('data-path', own);
    await expect(page.locator('html'), address).toHaveAttribute('lang', lang || 'en');
    out.set(address, await read(page));
  }
  await context.close();
  return out;
}

/** Moves the running app to `address` as Back and Forward do. */
async function appAt(page: Page, address: string, heading: string) {
  await page.evaluate((a) => {
    history.pushState(null, '', a);
    dispatchEvent(new PopStateEvent('popstate'));
  }, address);
  await expect(page.locator('main h1').first(), address).toHaveText(heading);
}

test('the build writes a page for every reading address and every page that needs the app', () => {
  const all = addresses();
  for (const a of ['/', '/read', '/read/introduction', '/countries', '/country/fiji', '/help', '/about', ...APP_ONLY]) {
    expect(all, a).toContain(a);
  }
  expect(all.filter((a) => a.startsWith('/read/')).length).toBeGreaterThan(40);
  expect(all.filter((a) => a.startsWith('/country/')).length).toBeGreaterThan(10);
  // Offline the app renders every address from storage: the pages are never precached.
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  expect(sw).not.toMatch(/read\/introduction\/index\.html/);
});

// Groups, so the two workers share the pages; each language's in its own.
const inLang = (lang: string, a: string) => prefixOf(a) === lang;
const bare = (a: string) => (prefixOf(a) ? a.slice(prefixOf(a).length + 1) || '/' : a);
const groups: [string, string, (a: string) => boolean][] = [];
for (const lang of ['', ...TAGS]) {
  groups.push(
    [lang || 'en', 'home, contents, help, about and the countries', (a) => inLang(lang, a) && !bare(a).startsWith('/read/') && !APP_ONLY.includes(bare(a))],
    [lang || 'en', 'the sections, first half', (a) => inLang(lang, a) && bare(a).startsWith('/read/') && a.length % 2 === 0],
    [lang || 'en', 'the sections, second half', (a) => inLang(lang, a) && bare(a).startsWith('/read/') && a.length % 2 === 1],
  );
}

for (const [lang, name, pick] of groups) {
  test(`each page says what the app says at its address, in ${lang}: ${name}`, async ({ browser, page }) => {
    test.setTimeout(120_000);
    const list = addresses().filter(pick);
    expect(list.length).toBeGreaterThan(5);
    const pages = await staticPages(browser, list);
    const errors = watchErrors(page);
    if (lang !== 'en') {
      await page.addInitScript((l) => {
        if (!localStorage.getItem('lantern.settings')) {
          localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'system', reduce_motion: false, hide_from_back: true, lang: l } }));
        }
      }, lang);
    }
    const home = lang === 'en' ? '/' : `/${lang}/`;
    await page.goto(home);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Home first: a section read in the app adds "Continue reading" to it.
    for (const address of list.sort((a, b) => (bare(a) === '/' ? -1 : bare(b) === '/' ? 1 : 0))) {
      const page0 = pages.get(address)!;
      expect(page0.headings.length, address).toBeGreaterThan(0);
      await appAt(page, address, page0.headings[0].slice(3));
      await expect.poll(async () => (await read(page)).text, { message: address }).toBe(page0.text);
      expect(await read(page), address).toEqual(page0);
    }
    expect(errors).toEqual([]);
  });
}

test('a page that needs the app paints its own title and heading, and nothing of another page', async ({ browser, page }) => {
  const pages = await staticPages(browser, APP_ONLY);
  await page.goto('/');
  await appReady(page);
  for (const address of APP_ONLY) {
    const own = pages.get(address)!;
    expect(own.headings.length, address).toBe(1);
    expect(own.text, address).toBe(own.headings[0].slice(3));
    expect(own.links, address).toEqual([]);
    await page.goto(address);
    await appReady(page);
    await expect(page, address).toHaveTitle(own.title);
  }
});

test.describe('with no service worker, so the wasm can be held back', () => {
  test.use({ serviceWorkers: 'block' });

  test('a deep link paints its own words first, and the app takes them over in place', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/read/introduction');
    const heading = page.getByRole('heading', { level: 1, name: 'Introduction' });
    await expect(page.locator('#app[data-boot]')).toBeVisible();
    await expect(heading).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-frame', /.*/);
    await expect(page.locator('.section-body p').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading Lantern…' })).toBeAttached();
    // The reader has scrolled a little while the app downloads.
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(200);
    const where = async () =>
      page.evaluate(() => ({
        y: scrollY,
        heading: Math.round(document.querySelector('main h1')!.getBoundingClientRect().top),
        para: Math.round(document.querySelector('.section-body p')!.getBoundingClientRect().top),
      }));
    const before = await where();
    release();
    await appReady(page);
    await expect(heading).toBeVisible();
    expect(await where()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a trend card opened on the static page stays open when the app takes over', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('#app[data-boot]')).toBeVisible();
    const cards = page.locator('.trend-card');
    await cards.nth(2).locator('summary').click();
    await expect(cards.nth(2)).toHaveAttribute('open', '');
    const title = (await cards.nth(2).locator('summary').innerText()).trim();
    release();
    await appReady(page);
    await expect(page.locator('#app[data-boot]')).toHaveCount(0);
    // The app's own card, the same one, still open; the others still closed.
    await expect(cards.nth(2)).toHaveAttribute('open', '');
    await expect(cards.nth(2).locator('summary')).toHaveText(title);
    await expect(page.locator('.trend-card[open]')).toHaveCount(1);
    await expect(cards.nth(2).locator('p')).toBeVisible();
  });

  test('where the wasm cannot start, a section stays a page: readable, its links working, quick exit there', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>neutral' }));
    await page.goto('/read/introduction');
    await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
    // The boot script gives up: what needs the app goes, and the status says what is missing.
    await expect(page.locator('#boot-status')).toHaveText(/could not start in this browser, so search, the quiz and saving are not available here/);
    await expect(page.locator('#boot-status')).toBeVisible();
    await expect(page.getByText('Loading Lantern…')).toBeHidden();
    await expect(page.getByRole('button', { name: /Bookmark/ })).toBeHidden();
    await expect(page.locator('.section-body p').first()).toBeVisible();
    const next = page.locator('a[rel="next"]');
    const title = (await next.locator('.pager-title').textContent())!;
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('#boot-status')).toHaveText(/could not start/);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
  });

  test('a page at its own address is its page, however the host writes it: a trailing slash, its file name', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    for (const address of ['/read/introduction/', '/read/introduction/index.html', '/index.html']) {
      await page.goto(address);
      await expect(page.locator('html'), address).not.toHaveAttribute('data-frame', /.*/);
      await expect(page.locator('main h1'), address).toBeVisible();
    }
  });

  test('an address the hub has no page for is a neutral frame until the app, never the home page', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/facilitate/summary/no-such-session');
    await expect(page.locator('html')).toHaveAttribute('data-frame', '');
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.locator('.hero')).toBeHidden();
    await expect(page.locator('.trend-cards')).toBeHidden();
    await expect(page.locator('#boot-status')).toBeVisible();
    await expect(page.locator('main')).toHaveText(/could not start in this browser/);
  });
});

test('offline, a deep link never paints another page\'s words on its way to the app', async ({ page, context }) => {
  // Each frame before the app: is any of the home page's own content on screen?
  await page.addInitScript(() => {
    const w = window as unknown as { __home: number; __frames: number };
    w.__home = 0;
    w.__frames = 0;
    const tick = () => {
      if (document.body) {
        if (document.querySelector('#app[data-boot] main')) w.__frames++;
        const shown = [...document.querySelectorAll('#app[data-boot] .hero, #app[data-boot] .trend-cards')].some((e) => e.checkVisibility());
        if (shown) w.__home++;
      }
      if (!document.querySelector('main') || document.querySelector('#app[data-boot]')) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  await context.setOffline(true);
  // The worker answers with its one precached page, the home page's.
  await page.goto('/read/introduction');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __home: number; __frames: number };
    return { __home: w.__home, __frames: w.__frames };
  });
  expect(seen.__frames).toBeGreaterThan(0);
  expect(seen.__home).toBe(0);
  await context.setOffline(false);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a section reads whole, its links lead from page to page, and quick exit leaves', async ({ page }) => {
    await page.goto('/read/introduction');
    await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
    await expect(page.locator('.section-body p').first()).toBeVisible();
    // What needs the app is not offered.
    await expect(page.getByRole('button', { name: /Bookmark/ })).toBeHidden();
    await expect(page.locator('#boot-status')).toHaveText(/search, the quiz and saving are not available here\. You can still read the report on these pages\./);
    const next = page.locator('a[rel="next"]');
    const title = (await next.locator('.pager-title').textContent())!;
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeVisible();
    await expect(page.locator('.help-steps li')).toHaveCount(6);
    await expect(page.locator('form.contact-form')).toBeHidden();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/neutral\.html$/);
  });
});

test.describe('on a Thai phone, with no service worker', () => {
  test.use({ locale: 'th-TH', serviceWorkers: 'block' });

  test('an English address opens its Thai page at once, and never paints English words', async ({ page }) => {
    // Each document notes whether it ever painted its page while in English.
    await page.addInitScript(() => {
      const tick = () => {
        const app = document.getElementById('app');
        if (app && document.documentElement.lang === 'en' && app.checkVisibility({ visibilityProperty: true })) {
          sessionStorage.setItem('painted-en', location.pathname);
        }
        if (!document.querySelector('#app:not([data-boot])')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/read/introduction?from=quiz#top');
    await expect(page).toHaveURL(/\/th\/read\/introduction\?from=quiz#top$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.locator('html')).not.toHaveAttribute('data-frame', /.*/);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('nav.main-nav')).toHaveAttribute('aria-label', 'เมนูหลัก');
    // The report's text is English where Thai has only its titles: marked so.
    await expect(page.locator('.section-body')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.body-lang-note')).toBeVisible();
    // Its links stay in Thai.
    const next = page.locator('a[rel="next"]');
    expect(await next.getAttribute('href')).toMatch(/^\/th\/read\//);
    expect(await page.evaluate(() => sessionStorage.getItem('painted-en'))).toBeNull();
  });

  test('the app in Thai writes Thai addresses, so a reload or a shared link stays Thai', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/read');
    await expect(page).toHaveURL(/\/th\/read$/);
    await appReady(page);
    await page.locator('main a[href*="/read/"]').first().click();
    await expect(page).toHaveURL(/\/th\/read\/[a-z0-9-]+$/);
    const heading = (await page.locator('main h1').textContent())!;
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.locator('main h1')).toHaveText(heading);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    expect(errors).toEqual([]);
  });
});
