import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appReady, bankQuestions, dist, shippedLangs, watchErrors } from './helpers';
import { Hub, goOffline, offlineAgain, readyOffline } from './pwa-helpers';

// Each language's words, as the build wrote them: the tests hold the page
// to its catalogue, never to words typed here.
function asset(kind: string, tag: string) {
  const meta = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').match(new RegExp(`name="lantern:${kind}\\.${tag}" content="([^"]+)"`));
  if (!meta) throw new Error(`the page names no ${kind}.${tag}`);
  return JSON.parse(fs.readFileSync(path.join(dist, meta[1]), 'utf8'));
}
// A catalogue is [lang, layout, message…], its messages in English's order
// (build.json's ui_ids).
const catalogue = (tag: string): Record<string, string> => {
  const ids: string[] = JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8')).ui_ids;
  const list: string[] = asset('ui', tag).slice(2);
  return Object.fromEntries(ids.map((id, i) => [id, list[i] ?? '']));
};
const prompts = (tag: string): string[] => bankQuestions(asset('quiz', tag)).map((q) => q.prompt);

// A plain message (no placeholder) as it reads on screen.
const plain = (m: Record<string, string>, id: string) => {
  if (m[id].includes('{')) throw new Error(`${id} has a placeholder`);
  return m[id];
};

// Every language the build ships, but English.
const LANGS = shippedLangs().filter((l) => l.tag !== 'en');

async function settingsWithLang(page: Page, lang: string) {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('lantern.settings'))
      localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'light', reduce_motion: false, lang: l } }));
  }, lang);
}

for (const { tag, locale, name } of LANGS) {
  test.describe(`a phone set to ${locale}`, () => {
    test.use({ locale });

    test(`opens Lantern for the first time in ${name}: home, quiz, help and facilitate`, async ({ page }) => {
      const m = catalogue(tag);
      const errors = watchErrors(page);
      await page.goto('/');
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      const nav = page.getByRole('navigation', { name: plain(m, 'nav-label') });
      await expect(nav.getByRole('link', { name: plain(m, 'nav-home') })).toBeVisible();
      await expect(page.locator('.hero .tagline')).toHaveText(plain(m, 'tagline'));
      await expect(page).toHaveTitle(new RegExp(`^Lantern — ${plain(m, 'title-home')}$`));
      // The header names the language in itself, and leads to the picker.
      await expect(page.locator('.site-header .lang-link')).toContainText(name);

      await nav.getByRole('link', { name: plain(m, 'nav-quiz') }).click();
      await expect(page.getByRole('heading', { level: 1, name: plain(m, 'quiz-title') })).toBeVisible();
      await page.getByRole('button', { name: plain(m, 'quick-quiz') }).click();
      // A question from the language's own bank, never English's.
      await expect(page.locator('.choices button').first()).toBeVisible();
      const prompt = (await page.locator('.prompt').innerText()).trim();
      expect(prompts(tag)).toContain(prompt);
      expect(prompts('en')).not.toContain(prompt);

      await nav.getByRole('link', { name: plain(m, 'nav-help') }).click();
      await expect(page.getByRole('heading', { level: 1, name: plain(m, 'help-title') })).toBeVisible();
      await expect(page.locator('main')).toContainText(plain(m, 'help-step-stop'));

      await page.goto('/facilitate');
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1, name: plain(m, 'fac-title') })).toBeVisible();
      await expect(page.getByRole('button', { name: plain(m, 'fac-start') })).toBeVisible();

      // The countries by their names in the language, from its own report data.
      const countries: [string, string, string][] = asset('report', tag)[1];
      const [, english, local] = countries.find(([slug]) => slug === 'cambodia')!;
      await page.goto('/countries');
      await appReady(page);
      await expect(page.locator('.country-list a').first()).toHaveText(local || english);
      await page.locator('.country-list a').first().click();
      await expect(page.getByRole('heading', { level: 1, name: local || english })).toBeVisible();

      // The report's body stays English, marked so, and says so once.
      await page.goto('/read/community-engagement');
      await appReady(page);
      await expect(page.locator('.body-lang-note')).toHaveText(plain(m, 'report-in-english'));
      await expect(page.locator('.section-body')).toHaveAttribute('lang', 'en');
      expect(errors).toEqual([]);
    });

    test(`every page in ${name} has no WCAG 2.2 AA violations and nothing overflows at 320 px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const route of ['/', '/read', '/read/at-a-glance', '/quiz', '/help', '/facilitate', '/facilitate/print?show=key', '/settings', '/about', '/countries', '/search?q=extortion']) {
        await page.goto(route);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await page.waitForTimeout(100);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = result.violations.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary, summary.join('\n')).toEqual([]);
        const wide = await page.evaluate(() => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > innerWidth) out.push(`page ${document.documentElement.scrollWidth}px`);
          for (const el of document.querySelectorAll('main *, header *, nav *')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > innerWidth + 1 && getComputedStyle(el).position !== 'fixed') out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}px`);
          }
          return out.slice(0, 5);
        });
        expect(wide, `${route}: ${wide.join(', ')}`).toEqual([]);
      }
    });
  });
}

test('a reload with no connection keeps the language, and the worker keeps only its data', async ({ page, context }) => {
  const hub = await Hub.start(dist);
  try {
    await settingsWithLang(page, 'th');
    const m = catalogue('th');
    await page.goto(hub.url + '/quiz');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.locator('[data-net="ready"]')).toHaveText(plain(m, 'net-ready-offline'), { timeout: 20_000 });
    // Thai's data is cached for offline, and no other language's.
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('lantern-precache:'));
      const c = await caches.open(names[0]);
      return (await c.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/data/'));
    });
    expect(cached.sort().map((p) => p.split('.').slice(0, 2).join('.'))).toEqual(['/data/quiz.th', '/data/report.th', '/data/ui.th']);

    await goOffline(context, hub);
    await page.reload();
    await appReady(page);
    await offlineAgain(context);
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('heading', { level: 1, name: plain(m, 'quiz-title') })).toBeVisible();
    await page.getByRole('button', { name: plain(m, 'quick-quiz') }).click();
    await expect(page.locator('.choices button').first()).toBeVisible();
  } finally {
    await hub.stop();
  }
});

test('the picker in Settings switches language, keeps the choice, and goes back to English', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/settings');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: /Bahasa Indonesia/ }).check();
  const m = catalogue('id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: plain(m, 'settings-title') })).toBeVisible();
  // Said once, plainly: this is a draft.
  const draft = m['language-draft'].replace('{ $name }', 'Bahasa Indonesia');
  await expect(page.locator('.language-picker + .hint')).toHaveText(draft);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.settings')!).data.lang);
  expect(stored).toBe('id');
  // Its data was kept before the switch, so it works offline from now on.
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lantern.data.')).sort());
  expect(keys).toEqual(expect.arrayContaining(['lantern.data.quiz.id', 'lantern.data.report.id', 'lantern.data.ui.id']));

  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('picking a language never downloaded, while offline, says it needs a connection once; the current one keeps working', async ({ page, context }) => {
  const hub = await Hub.start(dist);
  try {
    await page.goto(hub.url + '/settings');
    await appReady(page);
    await readyOffline(page);
    await goOffline(context, hub);
    // Clicked, not checked: the pick does not hold, which is the point.
    await page.getByRole('radio', { name: /ไทย/ }).click();
    await expect(page.locator('.language-status')).toHaveText(
      'ไทย is not on this device yet. Connect to the internet once to download it. Until then, Lantern keeps working in the language you have now.',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.settings') ?? '{"data":{}}').data.lang ?? null);
    expect(stored).toBeNull();
    await page.getByRole('link', { name: 'Help', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeVisible();
  } finally {
    await hub.stop();
  }
});

test('a message a language lacks shows in English, marked lang="en", wherever it shows', async ({ page }) => {
  // Thai as a language with two messages not yet translated: its own
  // catalogue with them left empty, stored as the page names it.
  const ids: string[] = JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8')).ui_ids;
  const words: string[] = asset('ui', 'th');
  for (const id of ['help-title', 'nav-quiz']) words[ids.indexOf(id) + 2] = '';
  const name = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').match(/name="lantern:ui\.th" content="([^"]+)"/)![1];
  await page.addInitScript(({ name, words }) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'light', reduce_motion: false, lang: 'th' } }));
    localStorage.setItem('lantern.data.ui.th', JSON.stringify({ v: 1, data: { name, data: words } }));
  }, { name, words });
  const m = catalogue('th');
  const errors = watchErrors(page);
  await page.goto('/help');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Get help');
  await expect(heading).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: plain(m, 'nav-label') });
  await expect(nav.getByText('Quiz', { exact: true })).toHaveAttribute('lang', 'en');
  // Translated words around them are not marked.
  await expect(nav.getByText(plain(m, 'nav-home'), { exact: true })).not.toHaveAttribute('lang', /.*/);
  // A page drawn later is marked too, and words that replace a marked
  // message lose the mark.
  await nav.getByRole('link', { name: plain(m, 'nav-home') }).click();
  await expect(page.locator('.hero .tagline')).toHaveText(plain(m, 'tagline'));
  await expect(page.locator('#app [data-en]').first()).toBeAttached();
  const marked = await page.locator('#app [data-en]').evaluateAll((els) => els.map((e) => [e.textContent!.trim(), e.getAttribute('lang')]));
  expect(marked.length).toBeGreaterThan(0);
  for (const [text, lang] of marked) {
    expect(['Get help', 'Quiz']).toContain(text);
    expect(lang).toBe('en');
  }
  await nav.getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: plain(m, 'quiz-title') })).not.toHaveAttribute('lang', /.*/);
  expect(errors).toEqual([]);
});

test('words kept by an older build (another layout) are not used: this build\'s are fetched and kept', async ({ page }) => {
  const words: string[] = asset('ui', 'th');
  const old = ['th', '0000000000000000', ...words.slice(2).map(() => 'old words')];
  const name = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').match(/name="lantern:ui\.th" content="([^"]+)"/)![1];
  await page.addInitScript(({ name, old }) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'light', reduce_motion: false, lang: 'th' } }));
    localStorage.setItem('lantern.data.ui.th', JSON.stringify({ v: 1, data: { name, data: old } }));
  }, { name, old });
  const m = catalogue('th');
  await page.goto('/help');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: plain(m, 'help-title') })).toBeVisible();
  await expect(page.getByText('old words')).toHaveCount(0);
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.data.ui.th')!).data.data[1]);
  expect(kept).toBe(words[1]);
});

test('a damaged stored catalogue is set aside and fetched again', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'light', reduce_motion: false, lang: 'th' } }));
    localStorage.setItem('lantern.data.ui.th', '{"v":1,"data":{"name":"x","data":["th",');
  });
  const m = catalogue('th');
  await page.goto('/help');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.getByRole('heading', { level: 1, name: plain(m, 'help-title') })).toBeVisible();
  await expect(page.locator('[data-notice="RecordSetAside"]')).toBeVisible();
  const kept = await page.evaluate(() => ({
    fresh: JSON.parse(localStorage.getItem('lantern.data.ui.th')!).data.data[0],
    backups: Object.keys(localStorage).filter((k) => k.startsWith('lantern.backup.data.ui.th')).length,
  }));
  expect(kept).toEqual({ fresh: 'th', backups: 1 });
});

test.describe('with no service worker, so the app can be held back', () => {
  // A worker answers requests before page.route could see them.
  test.use({ serviceWorkers: 'block' });

  /** Thai chosen in the app's picker, so its words are stored for the next visit. */
  async function chooseThai(page: Page) {
    await page.goto('/');
    await appReady(page);
    await page.getByRole('link', { name: /Language/ }).click();
    await page.getByRole('radio', { name: /ไทย/ }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await appReady(page);
  }

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`where boot.js never runs, the held-back shell shows anyway, with reduced motion ${reducedMotion}`, async ({ page }) => {
      await chooseThai(page);
      // An address with no page of its own gets the English fallback page; the
      // stored Thai words hold its shell back for boot.js, which never comes.
      await page.emulateMedia({ reducedMotion });
      await page.route(/boot-[0-9a-f]+\.js$/, (route) => route.abort());
      await page.goto('/no-page-here');
      await expect(page.locator('html')).toHaveAttribute('data-shell', 'wait');
      await expect(page.locator('html')).toHaveAttribute('lang', 'th');
      // Quick exit above all: a child must never face a page without it.
      await expect(page.locator('#app[data-boot] .quick-exit')).toBeVisible({ timeout: 5_000 });
    });
  }

  test('a repeat visit paints the static shell in the chosen language before the app starts', async ({ page }) => {
    const errors = watchErrors(page);
    await chooseThai(page);
    const m = catalogue('th');
    // The app never starts: what shows is the static shell alone.
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('#app[data-boot]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
    const shell = page.locator('#app[data-boot]');
    await expect(shell.locator('.tagline')).toHaveText(plain(m, 'tagline'));
    await expect(shell.locator('.quick-exit')).toHaveText(plain(m, 'quick-exit'));
    await expect(shell.locator('nav.main-nav')).toHaveAttribute('aria-label', plain(m, 'nav-label'));
    await expect(shell.locator('nav.main-nav').getByRole('link', { name: plain(m, 'nav-help') })).toBeVisible();
    await expect(shell.locator('.lang-link')).toContainText('ไทย');
    await expect(page).toHaveTitle(`Lantern — ${plain(m, 'title-home')}`);
    // The page's one inline script runs under the CSP, by its hash.
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  test.describe('on a Thai phone', () => {
    test.use({ locale: 'th-TH' });

    test('a first visit whose Thai words cannot be downloaded opens in English, and in Thai once they can', async ({ page }) => {
      await page.route(/\/data\/ui\.th\./, (route) => route.abort());
      await page.goto('/');
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toBeVisible();
      // Nothing was kept as the choice: the device's language is tried again.
      expect(await page.evaluate(() => localStorage.getItem('lantern.data.ui.th'))).toBeNull();
      await page.unroute(/\/data\/ui\.th\./);
      await page.reload();
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'th');
      await expect(page.locator('.hero .tagline')).toHaveText(plain(catalogue('th'), 'tagline'));
    });
  });
});
