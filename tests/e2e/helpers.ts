import { expect, type Page } from '@playwright/test';
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
