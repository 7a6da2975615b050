import { expect, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const dist = process.env.LANTERN_DIST ?? path.join(__dirname, '..', '..', 'dist');

/** Fails the test on any console error or uncaught exception (CSP violations included). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Waits until the wasm app has replaced the static shell. */
export async function appReady(page: Page) {
  // The static shell has the same navigation; `data-boot` goes when the app
  // mounts. By class, so it holds in every language. The presenter hides
  // the navigation (it stays in the page), so it is there, not seen.
  await expect(page.locator('#app:not([data-boot]) nav.main-nav')).toBeAttached();
  await expect(page.locator('#app:not([data-boot]) main#main')).toBeVisible();
}

/** Opens one of the main places from the navigation, through "More" when it is folded there. */
export async function openPlace(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name });
  if (!(await link.isVisible())) await nav.getByText('More', { exact: true }).click();
  await link.click();
}

/** A question as the bank asset holds it. */
export type BankQuestion = { prompt: string; choices: string[]; answer: number; feedback: string[]; explanation: string; discuss: string };

/** A question's fields in the order the bank asset lists them (each question
 * is an array: see `Question` in core/src/quiz/bank.rs and FORMAT.md). */
const QUESTION_FIELDS = ['id', 'topic', 'audience', 'kind', 'prompt', 'choices', 'answer', 'feedback', 'explanation', 'discuss', 'source'];

/** A bank asset's questions (the asset is their list), each with its fields named. */
export function bankQuestions(asset: unknown[][]): BankQuestion[] {
  return asset.map((row) => Object.fromEntries(QUESTION_FIELDS.map((f, i) => [f, row[i]])) as BankQuestion);
}

/** The question bank the page names, as the app downloads it. */
export async function loadBank(page: Page): Promise<BankQuestion[]> {
  const asset = await page.evaluate(async () => {
    const name = document.querySelector('meta[name="lantern:quiz.en"]')!.getAttribute('content')!;
    return (await fetch(name)).json();
  });
  return bankQuestions(asset);
}

/** Lantern's own text size (0 to 4; 4 is 200%), as Settings stores it. */
export async function useTextSize(page: Page, size: number) {
  await page.evaluate((s) => {
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: s, theme: 'light', reduce_motion: false } }));
  }, size);
}

/** Waits until the page has painted its next frame. The app fits a slide
 * and moves focus in a frame's callbacks, before the paint a person sees,
 * so what is measured after this is what they see. */
export async function painted(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** What runs past the screen's edge or is clipped by its box, named for the failure message. */
export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.scrollingElement!.scrollWidth > width + 1) out.push(`the page scrolls sideways (${document.scrollingElement!.scrollWidth} > ${width})`);
    for (const el of Array.from(document.querySelectorAll('#app *'))) {
      const e = el as HTMLElement;
      if (!e.checkVisibility() || e.closest('.skip-link, .sr-only, svg')) continue;
      // Hidden for the eye, as .sr-only is, and read by screen readers.
      if (getComputedStyle(e).clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const b = e.getBoundingClientRect();
      if (b.width === 0) continue;
      const name = `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
      if (b.right > width + 1 || b.left < -1) out.push(`${name} runs past the edge (${Math.round(b.left)}..${Math.round(b.right)} of ${width})`);
      const style = getComputedStyle(e);
      const clips = /(hidden|clip|auto|scroll)/.test(style.overflowX);
      if (clips && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'HTML' && e.tagName !== 'BODY') out.push(`${name} is clipped (${e.scrollWidth} > ${e.clientWidth})`);
    }
    return out;
  });
}

/** A phone's locale for each language Lantern may ship: what the tests set to reach it. */
const LOCALES: Record<string, string> = {
  en: 'en-GB', th: 'th-TH', id: 'id-ID', fil: 'fil-PH', vi: 'vi-VN', km: 'km-KH', lo: 'lo-LA', ms: 'ms-MY', ne: 'ne-NP', mn: 'mn-MN', 'zh-Hant': 'zh-TW',
};

export type Shipped = { tag: string; name: string; status: string; locale: string };

/** The languages this build ships, as its page lists them (`lantern:langs`), English first. */
export function shippedLangs(): Shipped[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const meta = /name="lantern:langs" content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('dist/index.html names no languages');
  return meta[1].split(';').map((entry) => {
    const [tag, name, status] = entry.split('|');
    const locale = LOCALES[tag];
    if (!locale) throw new Error(`no test locale for ${tag}: add it to LOCALES in tests/e2e/helpers.ts`);
    return { tag, name, status, locale };
  });
}
