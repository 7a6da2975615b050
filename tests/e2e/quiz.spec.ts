import { test, expect, type Page } from '@playwright/test';
import { appReady, loadBank } from './helpers';

async function startQuick(page: Page, audience = 'Age 10–13') {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByLabel(audience).check();
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await expect(page.locator('.progress')).toContainText('Question 1 of 5');
}

const prompt = (page: Page) => page.locator('h2.prompt');

test('a 5-question quiz shows an explanation after each answer, then results', async ({ page }) => {
  await startQuick(page);
  for (let i = 1; i <= 5; i++) {
    await expect(page.locator('.progress')).toContainText(`Question ${i} of 5`);
    await page.locator('.choices button').first().click();
    const feedback = page.locator('.feedback-region .feedback');
    await expect(feedback).toBeVisible();
    await expect(feedback.locator('.verdict')).toHaveText(/That's right!|Not quite, and that's okay\./);
    expect((await feedback.innerText()).length).toBeGreaterThan(40);
    // Only the first answer counts: the choices are now locked.
    await expect(page.locator('.choices button').first()).toBeDisabled();
    await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.locator('.score')).toHaveText(/\d out of 5/);
  await expect(page.locator('.by-topic li').first()).toBeVisible();
});

test('a reload in the middle lands on the same question with the same earlier answers', async ({ page }) => {
  await startQuick(page, 'Age 14–17');
  await page.locator('.choices button').nth(1).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.progress')).toContainText('Question 2 of 5');
  const second = await prompt(page).innerText();
  const choices = await page.locator('.choices button').allInnerTexts();
  await page.reload();
  await appReady(page);
  await expect(page.locator('.progress')).toContainText('Question 2 of 5');
  await expect(prompt(page)).toHaveText(second);
  expect(await page.locator('.choices button').allInnerTexts()).toEqual(choices);
  await page.getByRole('button', { name: 'Previous question' }).click();
  await expect(page.locator('.progress')).toContainText('Question 1 of 5');
  await expect(page.locator('.choices button').nth(1)).toContainText('Your answer');
});

test('results and history survive a reload, and history can be cleared', async ({ page }) => {
  await startQuick(page, 'Parents and caregivers');
  for (let i = 1; i <= 5; i++) {
    await page.locator('.choices button').first().click();
    await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
  }
  const score = await page.locator('.score').innerText();
  await page.reload();
  await appReady(page);
  await expect(page.locator('.score')).toHaveText(score);
  await page.getByRole('link', { name: 'See past quizzes' }).click();
  await expect(page.locator('table.history tbody tr')).toHaveCount(1);
  await expect(page.locator('table.history')).toContainText('Parents and caregivers');
  await page.reload();
  await appReady(page);
  await expect(page.locator('table.history tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear history' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByText('No finished quizzes yet.')).toBeVisible();
});

test('"Read more" opens the cited section, and the way back returns to the same question', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  // Retry quick quizzes until a question cites the report (most do).
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
    await page.locator('.choices button').first().click();
    const more = page.getByRole('link', { name: 'Read more in the report' });
    if (await more.count()) {
      const question = await prompt(page).innerText();
      const href = (await more.getAttribute('href'))!;
      const id = href.match(/\/read\/([a-z0-9-]+)/)![1];
      await more.click();
      await expect(page).toHaveURL(new RegExp(`/read/${id}`));
      await expect(page.locator(`article[data-section]`)).toBeVisible();
      await page.getByRole('link', { name: 'Back to the quiz' }).click();
      await expect(prompt(page)).toHaveText(question);
      await expect(page.locator('.feedback-region .feedback')).toBeVisible();
      return;
    }
    await page.evaluate(() => localStorage.removeItem('lantern.quiz.current'));
    await page.reload();
    await appReady(page);
  }
  throw new Error('no question cited the report in 10 tries');
});

test('the keyboard answers with digits and moves on with Enter; feedback is announced', async ({ page }) => {
  await startQuick(page);
  await expect(page.locator('.feedback-region')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('1');
  await expect(page.locator('.feedback-region .feedback')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress')).toContainText('Question 2 of 5');
  await expect(prompt(page)).toBeFocused();
  // Arrows move through the choices; Enter picks the focused one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.choices button').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.choices button').nth(1)).toContainText('Your answer');
});

test('a corrupt stored quiz starts fresh with a notice and leaves everything else', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await page.evaluate(() => {
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 2, theme: 'dark', reduce_motion: false } }));
    localStorage.setItem('lantern.quiz.current', '{"v":1,"data":{"items":[{"id":');
  });
  const reportCopy = await page.evaluate(() => localStorage.getItem('lantern.data.report.en'));
  await page.goto('/quiz');
  await appReady(page);
  await expect(page.locator('[data-notice="RecordSetAside"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick quiz: 5 questions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => localStorage.getItem('lantern.data.report.en'))).toBe(reportCopy);
  await page.goto('/bookmarks');
  await expect(page.getByRole('link', { name: 'Introduction' })).toBeVisible();
});

test('a saved quiz whose questions left the bank starts fresh with a notice', async ({ page }) => {
  await startQuick(page);
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('lantern.quiz.current')!);
    saved.data.items[0].id = 'a-question-that-was-removed';
    localStorage.setItem('lantern.quiz.current', JSON.stringify(saved));
  });
  await page.reload();
  await appReady(page);
  await expect(page.locator('[data-notice="QuizReset"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick quiz: 5 questions' })).toBeVisible();
});

test('the quota fills while quiz progress is saved: the quiz goes on in memory, says so, and loses nothing else', async ({ page }) => {
  await page.goto('/read/introduction');
  await appReady(page);
  await page.getByRole('button', { name: 'Bookmark this section' }).click();
  await startQuick(page);
  await page.locator('.choices button').first().click();
  await page.getByRole('button', { name: 'Next question' }).click();
  const saved = await page.evaluate(() => localStorage.getItem('lantern.quiz.current'));
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'lantern.quiz.current') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, k, v);
    };
  });
  await page.locator('.choices button').first().click();
  await expect(page.locator('.feedback-region .feedback')).toBeVisible();
  await expect(page.locator('[data-notice="StorageFull"]')).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.progress')).toContainText('Question 3 of 5');
  // The last good save and every other record are untouched.
  expect(await page.evaluate(() => localStorage.getItem('lantern.quiz.current'))).toBe(saved);
  const bookmarks = await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.bookmarks')!));
  expect(bookmarks.data.sections).toContain('introduction');
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a failed question-bank download shows a retry screen, and retrying works', async ({ page }) => {
    let fail = true;
    await page.route(/\/data\/quiz\.en\.[0-9a-f]{16}\.json$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/quiz');
    await appReady(page);
    await expect(page.getByRole('alert')).toContainText('questions could not be loaded');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('button', { name: 'Quick quiz: 5 questions' })).toBeVisible();
  });
});

test('a wrong pick is told, kindly, why another choice is better; a right one gets the explanation alone', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  const bank = await loadBank(page);
  // The bank gives every wrong choice its own feedback, and the answer none.
  for (const q of bank) {
    q.feedback.forEach((f, i) => expect(f === '', `${q.prompt} choice ${i}`).toBe(i === q.answer));
  }
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  const asked = async () => {
    const prompt = (await page.locator('h2.prompt').textContent())!.trim();
    return bank.find((q) => q.prompt === prompt)!;
  };
  const button = (text: string) => page.locator('.choices button').filter({ has: page.getByText(text, { exact: true }) });
  let q = await asked();
  const wrong = q.choices.findIndex((_, i) => i !== q.answer);
  await button(q.choices[wrong]).click();
  // The pick is marked in words and with a cross, the right one with a tick.
  await expect(button(q.choices[wrong])).toHaveClass(/is-picked/);
  await expect(button(q.choices[wrong]).locator('.pick-mark')).toHaveText('✗ Your answer');
  await expect(button(q.choices[q.answer])).toHaveClass(/is-right/);
  expect(await button(q.choices[q.answer]).evaluate((b) => getComputedStyle(b, '::after').content)).toBe('"✓"');
  await expect(page.locator('.pick-mark')).toHaveCount(1);
  await expect(page.locator('.feedback .about-pick')).toHaveText(q.feedback[wrong]);
  await expect(page.locator('.feedback')).toContainText(q.choices[q.answer]);
  await expect(page.locator('.feedback')).toContainText(q.explanation);
  await page.getByRole('button', { name: 'Next question' }).click();
  q = await asked();
  await button(q.choices[q.answer]).click();
  await expect(button(q.choices[q.answer]).locator('.pick-mark')).toHaveText('Your answer');
  await expect(page.locator('.feedback.right')).toContainText(q.explanation);
  await expect(page.locator('.feedback .about-pick')).toHaveCount(0);
});

test('on a phone the results open at the top, with a kind line and a way to Help', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/quiz');
  await appReady(page);
  const bank = await loadBank(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  // Every answer wrong on purpose.
  for (let i = 1; i <= 5; i++) {
    const text = (await page.locator('h2.prompt').textContent())!.trim();
    const q = bank.find((b) => b.prompt === text)!;
    const wrong = q.choices.findIndex((_, c) => c !== q.answer);
    await page.locator('.choices button').filter({ has: page.getByText(q.choices[wrong], { exact: true }) }).click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See my results' }).click();
  }
  await expect(page.locator('.results-title')).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.score')).toHaveText('0 out of 5');
  await expect(page.locator('.score-kind')).toHaveText(/Every question helps you learn/);
  await expect(page.locator('.score-kind')).toBeInViewport();
  await expect(page.locator('.results-help').getByRole('link', { name: 'Help page' })).toHaveAttribute('href', /\/help$/);
});
