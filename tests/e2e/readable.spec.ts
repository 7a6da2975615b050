import { test, expect, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, overflows, shippedLangs, useTextSize } from './helpers';

// Every route and quiz state at each of the five text sizes, on the two
// narrowest phones: nothing cut off, nothing past the edge. The
// facilitator's projector checks can add their widths to WIDTHS.
const ROUTES = ['/', '/read', '/read/introduction', '/read/trends', '/quiz', '/quiz/history', '/help', '/settings', '/facilitate', '/facilitate/print', '/join', '/search?q=online', '/countries', '/countries/fiji', '/bookmarks', '/about', '/no-such-page'];
const WIDTHS: [number, number][] = [[360, 740], [320, 640]];
const SIZES = [0, 1, 2, 3, 4];

for (const [w, h] of WIDTHS) {
  test(`at ${w} px, every route reads whole at every text size`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    for (const size of SIZES) {
      await useTextSize(page, size);
      for (const route of ROUTES) {
        await page.goto(route);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('data-text-size', String(size));
        expect(await overflows(page), `${route} at size ${size}`).toEqual([]);
      }
    }
  });

  test(`at ${w} px, a quiz question reads whole before and after answering, at every text size`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    for (const size of SIZES) {
      await useTextSize(page, size);
      await page.evaluate(() => localStorage.removeItem('lantern.quiz.current'));
      await page.goto('/quiz');
      await appReady(page);
      await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
      for (let q = 0; q < 5; q++) {
        const choice = page.locator('.choices button').first();
        await expect(choice).toBeVisible();
        expect(await overflows(page), `question ${q + 1} at size ${size}`).toEqual([]);
        await choice.click();
        await expect(page.locator('.feedback-region p').first()).toBeVisible();
        expect(await overflows(page), `question ${q + 1} answered at size ${size}`).toEqual([]);
        // Focus moves to the way on once the answer is drawn; then Enter.
        await expect(page.getByRole('button', { name: /^(Next question|See my results)$/ })).toBeFocused();
        await page.keyboard.press('Enter');
      }
      await expect(page.locator('.results-title')).toBeVisible();
      expect(await overflows(page), `results at size ${size}`).toEqual([]);
    }
  });
}

test('at the largest text on a 360 x 740 phone the frame takes at most a quarter of the screen, quick exit in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await useTextSize(page, 4);
  for (const route of ['/', '/read', '/read/introduction', '/quiz', '/help', '/settings', '/facilitate', '/search']) {
    await page.goto(route);
    await appReady(page);
    const { frame, heading } = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { frame: box('.site-header').height + box('.main-nav').height, heading: box('main h1').top };
    });
    expect(frame, route).toBeLessThanOrEqual(740 / 4);
    expect(heading, route).toBeLessThan(740 / 2);
    await expect(page.getByRole('button', { name: 'Quick exit' }).or(page.getByRole('link', { name: 'Quick exit' })).first()).toBeInViewport({ ratio: 1 });
  }
});

// What the header's status line can say (network_status.rs), in every language the build ships.
const STATUS_KEYS = ['net-offline', 'net-offline-saved', 'net-ready-offline', 'net-restoring', 'net-not-ready'];
function statusLines(): [string, string][] {
  const content = path.join(__dirname, '..', '..', 'content');
  const out: [string, string][] = [];
  for (const { tag: lang } of shippedLangs()) {
    const ftl = fs.readFileSync(path.join(content, lang, 'ui.ftl'), 'utf8');
    for (const key of STATUS_KEYS) {
      const line = ftl.match(new RegExp(`^${key} = (.+)$`, 'm'));
      expect(line, `${lang} has ${key}`).not.toBeNull();
      out.push([lang, line![1]]);
    }
  }
  return out;
}

test('every status line, in every language, fits the room the header keeps for it, so none moves the page', async ({ page }) => {
  test.setTimeout(180_000);
  const lines = statusLines();
  for (const [w, h] of [[320, 640], [360, 740], [412, 915], [600, 960], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    for (const size of SIZES) {
      await useTextSize(page, size);
      await page.goto('/read');
      await appReady(page);
      const { empty, shown } = await page.evaluate((lines) => {
        const status = document.querySelector('.net-status')!;
        const header = () => document.querySelector('.site-header')!.getBoundingClientRect().height;
        const nav = document.querySelector('.main-nav')!.getBoundingClientRect().height;
        status.textContent = '';
        const empty = header();
        const shown = lines.map(([lang, text]) => {
          status.setAttribute('lang', lang);
          status.textContent = text;
          return { lang, text, header: header(), frame: header() + nav };
        });
        return { empty, shown };
      }, lines);
      for (const { lang, text, header, frame } of shown) {
        const where = `${w} px, size ${size}, ${lang}: ${text}`;
        // Where the header keeps two lines' room (the three larger sizes,
        // and any wider screen) or three (a phone's smaller sizes), every
        // message fits it. On a phone at the smaller sizes, the longest in
        // some Latin and Cyrillic languages need a fourth line there; the
        // frame still keeps to a quarter of the screen.
        if (size >= 2 || w >= 600 || lang === 'en') expect(header, where).toBeCloseTo(empty, 0);
        else expect(frame, where).toBeLessThanOrEqual(h / 4);
      }
    }
  }
});

test.describe('with no service worker, so the wasm can be held back', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page a reader first sees keeps the header the app will have, at every text size', async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    for (const [w, h] of WIDTHS) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('/');
      for (const size of SIZES) {
        if (size === 1) await page.evaluate(() => localStorage.removeItem('lantern.settings'));
        else await useTextSize(page, size);
        await page.goto('/read/introduction');
        await expect(page.locator('#app[data-boot] main h1')).toBeVisible();
        const staticHeader = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
        await page.unroute(/\.wasm$/);
        await page.reload();
        await appReady(page);
        const appHeader = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
        expect(appHeader, `${w} px, size ${size}`).toBeCloseTo(staticHeader, 0);
        await page.route(/\.wasm$/, (route) => route.abort());
      }
    }
  });
});

test('the hidden skip link never covers anything, and shows when it has focus', async ({ page }) => {
  for (const [w, h] of WIDTHS) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    for (const size of SIZES) {
      await useTextSize(page, size);
      await page.goto('/read/introduction');
      await appReady(page);
      const skip = page.locator('.skip-link');
      expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height, `${w} px, size ${size}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport({ ratio: 1 });
    }
  }
});

test('in forced colours quick exit keeps a look of its own', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/quiz');
  await appReady(page);
  const look = (sel: string) =>
    page.locator(sel).first().evaluate((e) => {
      const s = getComputedStyle(e);
      return { bg: s.backgroundColor, border: s.borderTopStyle, fg: s.color };
    });
  const exit = await look('.quick-exit');
  const other = await look('main button');
  expect(exit.border).toBe('double');
  expect(other.border).not.toBe('double');
  expect(exit.bg).not.toBe(other.bg);
});

test('every link, button and text field a child taps on the main screens is at least 44 px, or sits inside a sentence', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ROUTES) {
    await page.goto(route);
    await appReady(page);
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const fields = '#app input:not([type=radio], [type=checkbox], [type=range])';
      for (const el of Array.from(document.querySelectorAll(`#app a, #app button, #app summary, ${fields}`))) {
        const e = el as HTMLElement;
        if (!e.checkVisibility() || e.classList.contains('skip-link')) continue;
        const b = e.getBoundingClientRect();
        const inSentence = Array.from(e.parentElement!.childNodes).some((n) => n !== e && n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (!inSentence && Math.min(b.width, b.height) < 44) out.push(`"${e.textContent!.trim().slice(0, 30)}" ${Math.round(b.width)} x ${Math.round(b.height)}`);
      }
      return out;
    });
    expect(small, route).toEqual([]);
  }
});

test('with a keyboard alone, from the home page through a whole solo quiz', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // Tab to the Quiz place in the main navigation and open it.
  const quizPlace = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' });
  for (let i = 0; i < 30 && !(await quizPlace.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(quizPlace).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Online safety quiz' })).toBeVisible();
  // Tab to "Quick quiz" and start it.
  const quick = page.getByRole('button', { name: 'Quick quiz: 5 questions' });
  for (let i = 0; i < 40 && !(await quick.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(quick).toBeFocused();
  await page.keyboard.press('Enter');
  for (let q = 1; q <= 5; q++) {
    await expect(page.locator('.progress')).toContainText(`Question ${q} of 5`);
    await page.keyboard.press('1');
    await expect(page.locator('.feedback-region .feedback')).toBeVisible();
    // Focus is on the way on, so Enter moves on.
    await expect(page.getByRole('button', { name: q < 5 ? 'Next question' : 'See my results' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
});

test('after an in-app move, focus is on the new page\'s heading; a new quiz\'s first question takes focus', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeFocused();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Online safety quiz' })).toBeFocused();
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await expect(page.locator('h2.prompt')).toBeFocused();
  // A reload leaves focus where the browser puts it: quick exit stays the second stop.
  await page.reload();
  await appReady(page);
  await expect(page.locator('h2.prompt')).not.toBeFocused();
});

test('every route has a title of its own, the page first and Lantern last, and home\'s matches the static shell', async ({ page, request }) => {
  const shell = await (await request.get('/')).text();
  const shellTitle = /<title>([^<]*)<\/title>/.exec(shell)![1];
  await page.goto('/');
  await appReady(page);
  await expect(page).toHaveTitle(shellTitle);
  const expected: [string, string][] = [
    ['/read', 'Contents — Lantern'],
    ['/read/introduction', 'Introduction — Lantern'],
    ['/read/no-such-section', 'Page not found — Lantern'],
    ['/country/fiji', 'Fiji — Lantern'],
    ['/no-such-page', 'Page not found — Lantern'],
    ['/help', 'Get help — Lantern'],
    ['/quiz', 'Online safety quiz — Lantern'],
  ];
  for (const [route, title] of expected) {
    await page.goto(route);
    await appReady(page);
    await expect(page).toHaveTitle(title);
  }
  // Every other route: its heading, then Lantern, and no two alike.
  const seen = new Set<string>([shellTitle, ...expected.map(([, t]) => t)]);
  for (const route of ['/quiz/history', '/facilitate', '/facilitate/print', '/join', '/search', '/countries', '/bookmarks', '/about', '/settings']) {
    await page.goto(route);
    await appReady(page);
    const h1 = (await page.locator('main h1').first().textContent())!.trim();
    await expect(page).toHaveTitle(`${h1} — Lantern`);
    const title = await page.title();
    expect(seen.has(title), `${route}: "${title}" is another page's title`).toBe(false);
    seen.add(title);
  }
});

test('a quiz\'s and a session\'s steps name the title', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await expect(page).toHaveTitle(/^Question 1 of 5 · .+ — Online safety quiz — Lantern$/);
  for (let q = 1; q <= 5; q++) {
    await page.locator('.choices button, .choices input').first().click();
    await page.getByRole('button', { name: q < 5 ? 'Next question' : 'See my results' }).click();
    if (q < 5) await expect(page).toHaveTitle(new RegExp(`^Question ${q + 1} of 5 · .+ — Online safety quiz — Lantern$`));
  }
  await expect(page).toHaveTitle('Your results — Online safety quiz — Lantern');

  await page.goto('/facilitate');
  await appReady(page);
  await expect(page).toHaveTitle('Run the quiz with a group — Lantern');
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveTitle(/^Question 1 of \d+ · .+ — Run the quiz with a group — Lantern$/);
  await expect(page.locator('main h1.prompt')).toBeFocused();
});

/** From the contents, scrolled down to a section far down the list, opens it: where the reader was, and its name. */
async function openFromFarDown(page: Page): Promise<{ y: number; name: string }> {
  await page.goto('/read');
  await appReady(page);
  const link = page.locator('main a[href*="/read/"]').last();
  const name = (await link.textContent())!.trim();
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(300);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  return { y, name };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('Back and Forward put the reader back where they were, with focus on the page\'s heading', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() =>
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'system', reduce_motion: false, hide_from_back: false } })),
  );
  const { y, name } = await openFromFarDown(page);
  await expect.poll(() => scrollY(page)).toBeLessThan(50);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeFocused();
  await expect.poll(() => scrollY(page)).toBe(y);
  await expect(page).toHaveTitle('Contents — Lantern');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  await expect(page).toHaveTitle(`${name} — Lantern`);
});

test('Lantern\'s own Back puts the reader back where they were, after a reload too', async ({ page }) => {
  const { y } = await openFromFarDown(page);
  // The trail, positions included, is kept in this tab's session storage.
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeFocused();
  await expect.poll(() => scrollY(page)).toBe(y);
});

test('a trail kept by an older Lantern (addresses alone) or with a damaged position still goes Back, to the top', async ({ page }) => {
  await page.goto('/help');
  await appReady(page);
  await page.evaluate(() => sessionStorage.setItem('lantern.trail', '/read\n/countries not-a-number'));
  await page.reload();
  await appReady(page);
  const back = page.getByRole('button', { name: 'Back' });
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Countries' })).toBeFocused();
  expect(await scrollY(page)).toBe(0);
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contents' })).toBeFocused();
  await expect(page).toHaveURL(/\/read$/);
  expect(await scrollY(page)).toBe(0);
});

test('after a session is thrown away, the new setup takes focus', async ({ page }) => {
  await page.goto('/facilitate');
  await appReady(page);
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.locator('.presenter .progress')).toBeVisible();
  await page.goto('/facilitate');
  await appReady(page);
  await page.getByRole('button', { name: 'Discard it' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Run the quiz with a group' })).toBeFocused();
});

test('with a quiz and a session kept, the history and the session summary read whole at every text size', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 740 });
  // A finished quiz, for the history.
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  for (let q = 0; q < 5; q++) {
    await page.locator('.choices button').first().click();
    await page.getByRole('button', { name: /^(Next question|See my results)$/ }).click();
  }
  await expect(page.locator('.results-title')).toBeVisible();
  // A finished session with long team names, for the summary.
  await page.goto('/facilitate');
  await appReady(page);
  await page.getByLabel('Name of team 1').fill('Wonderful Wednesday Lions');
  await page.getByLabel('Name of team 1').press('Tab');
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.locator('.team-button[data-team="0"]').click();
  await page.locator('.presenter-choices .choice').first().click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await page.getByRole('button', { name: 'End the session now' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await page.goto('/facilitate');
  await appReady(page);
  const summary = await page.locator('.fac-history-item a').first().getAttribute('href');
  expect(summary).toMatch(/\/facilitate\/summary\//);
  for (const [w, h] of WIDTHS) {
    await page.setViewportSize({ width: w, height: h });
    for (const size of SIZES) {
      await useTextSize(page, size);
      for (const route of ['/quiz/history', '/facilitate', summary!]) {
        await page.goto(route);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('data-text-size', String(size));
        expect(await overflows(page), `${route} at ${w} px, size ${size}`).toEqual([]);
      }
    }
  }
});
