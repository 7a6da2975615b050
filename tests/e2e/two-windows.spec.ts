import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { appReady } from './helpers';

// Two pages of one browser context share storage: two tabs of Lantern, or the
// installed app beside a browser tab. Neither may erase the other's work, and
// each shows what the other changed within a second, without a reload.

const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await appReady(page);
  return page;
}

/** A page that can be made deaf to other windows, as one whose `storage`
 * event has not arrived yet: its listener goes first, before the app's. */
async function deafenable(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() =>
    window.addEventListener('storage', (e) => {
      if ((window as unknown as { deaf?: boolean }).deaf) e.stopImmediatePropagation();
    }),
  );
  return page;
}

async function deafen(page: Page) {
  await page.evaluate(() => ((window as unknown as { deaf?: boolean }).deaf = true));
}

test('two windows that each add a bookmark keep both, and each shows the other\'s', async ({ context }) => {
  const a = await open(context, '/read/introduction');
  const b = await open(context, '/read/conclusion');
  const bList = await open(context, '/bookmarks');
  await a.getByRole('button', { name: 'Bookmark this section' }).click();
  await b.getByRole('button', { name: 'Bookmark this section' }).click();
  await expect(a.getByRole('button', { name: 'Remove bookmark' })).toBeVisible();
  // Both kept. Read from a's window, which Chromium tells of b's write a
  // moment after it is made (each window's process keeps its own copy), so
  // asked until it has arrived: a lost bookmark never arrives. The same
  // holds wherever a window reads what another has just written.
  await expect
    .poll(async () => (await stored(a, 'lantern.bookmarks')).data.sections.sort())
    .toEqual(['conclusion', 'introduction']);
  // A third window on the bookmarks page follows both, with no reload.
  await expect(bList.getByRole('link', { name: 'Introduction' })).toBeVisible({ timeout: 1_000 });
  await expect(bList.getByRole('link', { name: 'Conclusion' })).toBeVisible({ timeout: 1_000 });
  // Removing in one window shows in the other.
  await b.goto('/read/introduction');
  await appReady(b);
  await b.getByRole('button', { name: 'Remove bookmark' }).click();
  await expect(a.getByRole('button', { name: 'Bookmark this section' })).toBeVisible({ timeout: 1_000 });
});

test('two windows that each add a help contact keep both', async ({ context }) => {
  const a = await open(context, '/help');
  const b = await open(context, '/help');
  await a.getByLabel('Name').fill('Aunt Mali');
  await a.getByLabel('Phone number').fill('+66 2 123 4567');
  await a.getByRole('button', { name: 'Add contact' }).click();
  await b.getByLabel('Name').fill('School counsellor');
  await b.getByLabel('Phone number').fill('1234');
  await b.getByRole('button', { name: 'Add contact' }).click();
  for (const page of [a, b]) {
    await expect(page.getByRole('link', { name: 'Call Aunt Mali' })).toBeVisible({ timeout: 1_000 });
    await expect(page.getByRole('link', { name: 'Call School counsellor' })).toBeVisible({ timeout: 1_000 });
  }
  const list = (await stored(a, 'lantern.help.contacts')).data.list;
  expect(list.map((c: { name: string }) => c.name)).toEqual(['Aunt Mali', 'School counsellor']);
  expect(new Set(list.map((c: { id: number }) => c.id)).size).toBe(2);
  // Deleting in one window: the other drops it, and a later save there does not bring it back.
  await b.getByRole('button', { name: 'Delete Aunt Mali' }).click();
  await expect(a.getByRole('link', { name: 'Call Aunt Mali' })).toHaveCount(0, { timeout: 1_000 });
  await a.getByLabel('Name').fill('Uncle Tom');
  await a.getByLabel('Phone number').fill('5678');
  await a.getByRole('button', { name: 'Add contact' }).click();
  const names = (await stored(a, 'lantern.help.contacts')).data.list.map((c: { name: string }) => c.name);
  expect(names).toEqual(['School counsellor', 'Uncle Tom']);
});

test('a setting changed in one window survives a save in the other, and shows there', async ({ context }) => {
  const a = await open(context, '/settings');
  const b = await open(context, '/settings');
  await a.getByLabel('Text size 5').check();
  await b.getByLabel('Dark').check();
  // As read in a's window once b's write has reached it (see above).
  await expect
    .poll(async () => {
      const s = (await stored(a, 'lantern.settings')).data;
      return [s.text_size, s.theme];
    })
    .toEqual([4, 'dark']);
  await expect(a.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: 1_000 });
  await expect(b.locator('html')).toHaveAttribute('data-text-size', '4', { timeout: 1_000 });
});

async function finishQuickQuiz(page: Page, audience: string) {
  // A page in the background runs no animation frames, which clicks wait for.
  await page.bringToFront();
  if (!page.url().endsWith('/quiz')) {
    await page.goto('/quiz');
    await appReady(page);
  }
  await page.getByLabel(audience).check();
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  for (let i = 1; i <= 5; i++) {
    await page.locator('.choices button').first().click();
    await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

test('quizzes finished in two windows both reach the history', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const history = await open(context, '/quiz/history');
  await finishQuickQuiz(a, 'Age 10–13');
  // The quiz on screen is shared: the second window starts a new one from A's results.
  await b.goto('/quiz');
  await appReady(b);
  await b.getByRole('button', { name: 'Try another quiz' }).click();
  await finishQuickQuiz(b, 'Age 14–17');
  await expect.poll(async () => (await stored(a, 'lantern.quiz.history')).data.entries.length).toBe(2);
  await expect(history.locator('table.history tbody tr')).toHaveCount(2, { timeout: 1_000 });
});

test('a solo quiz moved on in another window is never wiped out by the stale one', async ({ context }) => {
  const a = await deafenable(context);
  await a.goto('/quiz');
  await appReady(a);
  await a.getByLabel('Age 10–13').check();
  await a.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await expect(a.locator('.progress')).toContainText('Question 1 of 5');
  const b = await open(context, '/quiz');
  await expect(b.locator('.progress')).toContainText('Question 1 of 5');
  // A has not heard of B's progress yet.
  await deafen(a);
  for (const n of [1, 2]) {
    await b.locator('.choices button').first().click();
    await b.getByRole('button', { name: 'Next question' }).click();
    await expect(b.locator('.progress')).toContainText(`Question ${n + 1} of 5`);
  }
  const before = await stored(b, 'lantern.quiz.current');
  // The stale window tries to answer question 1 again: it is told, and shows the newer state.
  await a.locator('.choices button').nth(1).click();
  await expect(a.locator('[data-notice="QuizMovedOn"]')).toBeVisible();
  await expect(a.locator('.progress')).toContainText('Question 3 of 5');
  expect(await stored(a, 'lantern.quiz.current')).toEqual(before);
});

test('a window that hears of the other\'s progress follows it at once', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/quiz');
  await appReady(a);
  await a.getByLabel('Age 14–17').check();
  await a.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  const b = await open(context, '/quiz');
  await b.locator('.choices button').first().click();
  await b.getByRole('button', { name: 'Next question' }).click();
  await expect(a.locator('.progress')).toContainText('Question 2 of 5', { timeout: 1_000 });
  await expect(a.locator('[data-notice="QuizMovedOn"]')).toBeVisible();
});

test('a facilitated session moved on in another window is never wiped out by the stale one', async ({ context }) => {
  const a = await deafenable(context);
  await a.goto('/facilitate');
  await appReady(a);
  const length = a.getByLabel('Number of questions');
  await length.fill('5');
  await length.press('Tab');
  await a.getByLabel('I have read this', { exact: false }).check();
  await a.getByRole('button', { name: 'Start the session' }).click();
  await expect(a).toHaveURL(/\/facilitate\/run$/);
  await expect(a.locator('.presenter .progress')).toContainText('Question 1 of 5');
  const b = await open(context, '/facilitate/run');
  await deafen(a);
  await b.locator('.team-button[data-team="0"]').click();
  await b.locator('.presenter-choices .choice').nth(0).click();
  await b.getByRole('button', { name: 'Reveal the answer' }).click();
  await b.getByRole('button', { name: 'Next question' }).click();
  await expect(b.locator('.presenter .progress')).toContainText('Question 2 of 5');
  const before = await stored(b, 'lantern.facilitate.current');
  await a.locator('.team-button[data-team="1"]').click();
  await expect(a.locator('[data-notice="SessionMovedOn"]')).toBeVisible();
  await expect(a.locator('.presenter .progress')).toContainText('Question 2 of 5');
  expect(await stored(a, 'lantern.facilitate.current')).toEqual(before);
});

test('"Delete everything" in one window stays deleted, and the other window follows', async ({ context }) => {
  const a = await open(context, '/read/introduction');
  await a.getByRole('button', { name: 'Bookmark this section' }).click();
  await a.goto('/help');
  await appReady(a);
  await a.getByLabel('Name').fill('Aunt Mali');
  await a.getByLabel('Phone number').fill('1234');
  await a.getByRole('button', { name: 'Add contact' }).click();
  await expect(a.getByRole('link', { name: 'Call Aunt Mali' })).toBeVisible();
  const b = await open(context, '/settings');
  await b.getByRole('button', { name: 'Delete everything Lantern stored on this device' }).click();
  await b.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(a.locator('[data-notice="DeletedElsewhere"]')).toBeVisible({ timeout: 1_000 });
  await expect(a.getByText('No contacts yet.')).toBeVisible();
  // A later save in the first window writes only what it changed.
  await a.goto('/settings');
  await appReady(a);
  await a.getByLabel('Dark').check();
  await a.goto('/read/conclusion');
  await appReady(a);
  const keys = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lantern.') && !k.startsWith('lantern.data.')));
  expect(keys.sort()).toEqual(['lantern.reading', 'lantern.settings']);
});
