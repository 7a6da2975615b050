import { test, expect, type Page } from '@playwright/test';
import { appReady, loadBank, painted, watchErrors } from './helpers';
import { execFileSync } from 'node:child_process';

const team = (page: Page, i: number) => page.locator(`.team-button[data-team="${i}"]`);
const choice = (page: Page, i: number) => page.locator('.presenter-choices .choice').nth(i);
const progress = (page: Page) => page.locator('.presenter .progress');

/** Sets up a session of 5 questions (or `length`) with `teams` teams. */
async function setUp(page: Page, opts: { teams?: number; timer?: string; scoring?: string; audience?: string; topic?: string; length?: number } = {}) {
  await page.goto('/facilitate');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Run the quiz with a group' })).toBeVisible();
  if (opts.audience) await page.getByLabel(opts.audience).check();
  if (opts.topic) await page.getByLabel(opts.topic).check();
  const length = page.getByLabel('Number of questions');
  await length.fill(String(opts.length ?? 5));
  await length.press('Tab');
  for (let n = 2; n < (opts.teams ?? 3); n++) await page.getByRole('button', { name: 'Add a team' }).click();
  await expect(page.locator('.team-row')).toHaveCount(opts.teams ?? 3);
  if (opts.timer) await page.getByLabel(opts.timer).check();
  if (opts.scoring) await page.getByLabel(opts.scoring).check();
}

async function start(page: Page) {
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(/\/facilitate\/run$/);
}

/** The note is read and ticked in setup, on the facilitator's own screen. */
async function readSafeguarding(page: Page) {
  await expect(page.getByRole('heading', { name: 'Before you start: keeping children safe' })).toBeVisible();
  await expect(page.getByText('Do not promise to keep it a secret', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help page' })).toHaveAttribute('href', /\/help$/);
  await page.getByLabel('I have read this', { exact: false }).check();
}

test('a whole 3-question session with 3 teams: answers, reveal counts, scores and the end screen', async ({ page }) => {
  const errors = watchErrors(page);
  await setUp(page, { teams: 3 });
  // Renaming, with a kind message for a name already taken.
  const first = page.getByLabel('Name of team 1');
  await first.fill('Tigers');
  await first.press('Tab');
  await expect(first).toHaveValue('Tigers');
  const second = page.getByLabel('Name of team 2');
  await second.fill('tigers');
  await second.press('Tab');
  await expect(page.locator('.form-error')).toHaveText('Another team already has this name. Please choose a different one.');
  await second.fill('Lions');
  await second.press('Tab');
  await expect(page.locator('.form-error')).toHaveText('');
  // Each team shows a distinct symbol next to its colour.
  const symbols = await page.locator('.team-row .team-mark').allInnerTexts();
  expect(new Set(symbols).size).toBe(3);
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');

  const points = [0, 0, 0];
  for (let q = 1; q <= 3; q++) {
    await expect(progress(page)).toContainText(`Question ${q} of 5`);
    await expect(page.locator('.team-button')).toHaveCount(3);
    // Tap a team, then a choice; the next team waiting is picked for you.
    await team(page, 0).click();
    await expect(team(page, 0)).toHaveAttribute('aria-pressed', 'true');
    await choice(page, 0).click();
    await expect(team(page, 0)).toContainText('answered');
    await expect(team(page, 1)).toHaveAttribute('aria-pressed', 'true');
    await choice(page, 1).click();
    await expect(team(page, 1)).toContainText('answered');
    await expect(team(page, 2)).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Skip this team' }).click();
    await expect(team(page, 2)).toContainText('passed');
    // Answers can be changed before the reveal.
    await team(page, 0).click();
    await choice(page, 1).click();
    await expect(team(page, 0)).toContainText('answered');
    await team(page, 0).click();
    await choice(page, 0).click();
    await expect(team(page, 0)).toContainText('answered');
    // Until the reveal the room sees how many are ready, never which choice.
    await expect(page.locator('.presenter')).not.toContainText(/chose [A-D]/);
    await expect(page.locator('.team-hint')).toContainText('Teams ready: 3 of 3');

    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(team(page, 0)).toContainText('chose A');
    await expect(team(page, 1)).toContainText('chose B');
    const reveal = page.locator('.reveal-region .reveal');
    await expect(reveal).toContainText('The answer is');
    await expect(page.locator('.reveal-region')).toHaveAttribute('aria-live', 'polite');
    await expect(reveal.locator('.explanation')).not.toBeEmpty();
    await expect(reveal).toContainText('1 team: passed or did not answer');
    await expect(reveal.locator('.discuss')).toBeVisible();
    await expect(choice(page, 0).locator('.choice-count')).toHaveText('1 team');
    await expect(choice(page, 1).locator('.choice-count')).toHaveText('1 team');
    const n = await page.locator('.presenter-choices .choice').count();
    for (let c = 2; c < n; c++) await expect(choice(page, c).locator('.choice-count')).toHaveText('0 teams');
    const right = await page.locator('.presenter-choices .choice.is-right').getAttribute('data-letter');
    expect(right).toMatch(/^[A-D]$/);
    if (right === 'A') points[0]++;
    if (right === 'B') points[1]++;
    await expect(team(page, 0)).toContainText(right === 'A' ? 'right' : 'not this time');
    await expect(team(page, 2)).toContainText('not this time');
    await expect(team(page, 0)).toContainText(`${points[0]} point`);
    // Choices are locked once revealed.
    await expect(choice(page, 0)).toBeDisabled();
    if (q < 3) {
      await page.getByRole('button', { name: 'Next question' }).click();
    } else {
      await page.getByRole('button', { name: 'End the session now' }).click();
    }
  }

  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  const summary = page.locator('.session-summary');
  await expect(summary.locator('.summary-facts')).toContainText('3');
  const rows = summary.locator('.scoreboard li');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Tigers' })).toContainText(`${points[0]} out of 3`);
  await expect(rows.filter({ hasText: 'Lions' })).toContainText(`${points[1]} out of 3`);
  await expect(rows.filter({ hasText: 'Team 3' })).toContainText('0 out of 3');
  // Most points first.
  const order = await rows.locator('.team-points').allInnerTexts();
  const values = order.map((s) => parseInt(s, 10));
  expect([...values].sort((a, b) => b - a)).toEqual(values);
  // Team 3 passed every time, so the group missed every question: something was learned.
  await expect(summary.getByRole('heading', { name: 'What we learned' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Topics the group found hardest' })).toBeVisible();
  await expect(summary.locator('.citation')).toContainText('ECPAT International. (2024) Collective Action');
  await expect(page.getByRole('button', { name: 'Print or save this summary' })).toBeVisible();
  // The end screen survives a reload, and the session is in the history.
  await page.reload();
  await appReady(page);
  await expect(page.locator('.session-summary .scoreboard li')).toHaveCount(3);
  await page.goto('/facilitate');
  await appReady(page);
  await expect(page.locator('.fac-history-item')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('no-scores mode shows the group total and no ranking', async ({ page }) => {
  await setUp(page, { teams: 2, scoring: "No scores: only the group's result, with no ranking" });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await expect(team(page, 0)).not.toContainText('point');
  await choice(page, 0).click();
  await choice(page, 0).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  const right = (await page.locator('.presenter-choices .choice.is-right').getAttribute('data-letter')) === 'A' ? 2 : 0;
  await page.getByRole('button', { name: 'End the session now' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.locator('.scoreboard')).toHaveCount(0);
  await expect(page.locator('.group-total')).toHaveText(`Together, the group gave this many right answers: ${right} out of 2.`);
});

test('a reload in the middle of a question resumes exactly, with the timer paused', async ({ page }) => {
  await setUp(page, { teams: 3, timer: '30 seconds' });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(progress(page)).toContainText('Question 2 of 5');
  await choice(page, 1).click(); // team 1
  await choice(page, 0).click(); // team 2
  await expect(team(page, 2)).toHaveAttribute('aria-pressed', 'true');
  const timer = page.locator('.presenter .timer');
  await expect(timer).toHaveText(/^0:(2[0-8])$/, { timeout: 5_000 });
  const prompt = await page.locator('.presenter .prompt').innerText();
  const choices = await page.locator('.presenter-choices .choice-text').allInnerTexts();

  await page.reload();
  await appReady(page);
  await expect(progress(page)).toContainText('Question 2 of 5');
  await expect(page.locator('.presenter .prompt')).toHaveText(prompt);
  expect(await page.locator('.presenter-choices .choice-text').allInnerTexts()).toEqual(choices);
  await expect(team(page, 0)).toContainText('answered');
  await expect(team(page, 1)).toContainText('answered');
  await expect(team(page, 2)).toContainText('waiting');
  await expect(team(page, 2)).toHaveAttribute('aria-pressed', 'true');
  // Paused: the time left stands still until the facilitator resumes it.
  await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  const left = await timer.innerText();
  expect(left).toMatch(/^0:(2[0-8])$/);
  await page.waitForTimeout(2_200);
  await expect(timer).toHaveText(left);
  await page.getByRole('button', { name: 'Resume timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await expect(timer).not.toHaveText(left, { timeout: 3_000 });
  // Hiding the page (a locked phone) pauses it too.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect(page.getByRole('button', { name: 'Resume timer' })).toBeVisible();
});

test('/facilitate offers to resume or discard an unfinished session; the safeguarding note stays dismissed', async ({ page }) => {
  await setUp(page, { teams: 2 });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await choice(page, 0).click();
  await page.goto('/facilitate');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'You have an unfinished session' })).toBeVisible();
  await expect(page.locator('.resume-offer')).toContainText('Question 1 of 5');
  await expect(page.getByRole('button', { name: 'Start the session' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Resume the session' }).click();
  await expect(progress(page)).toContainText('Question 1 of 5');
  await expect(team(page, 0)).toContainText('answered');
  await page.goto('/facilitate');
  await appReady(page);
  await page.getByRole('button', { name: 'Discard it' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible();
  // Read once, read for good: still there to read, ticked, and Start goes on.
  const read = page.getByLabel('I have read this', { exact: false });
  await expect(read).toBeChecked();
  // There is no un-reading it.
  await read.click();
  await expect(read).toBeChecked();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(progress(page)).toContainText('Question 1 of 10');
  await expect(page.getByRole('heading', { name: 'Before you start: keeping children safe' })).toHaveCount(0);
});

test('the safeguarding note is read in setup: Start waits for it, and a reload keeps it read', async ({ page }) => {
  await setUp(page, { teams: 2 });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('alert')).toContainText('Please read the note on keeping children safe');
  await expect(page).toHaveURL(/\/facilitate$/);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lantern.facilitate.prefs') ?? '{"data":{}}').data.safeguarding_dismissed ?? false)).toBe(false);
  await readSafeguarding(page);
  await expect(page.getByRole('alert')).toBeEmpty();
  await expect(page.getByLabel('I have read this', { exact: false })).toBeChecked();
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('I have read this', { exact: false })).toBeChecked();
  await start(page);
  // The room's first sight is the question, never the note.
  await expect(progress(page)).toContainText('Question 1 of 5');
  await expect(page.getByText('Do not promise to keep it a secret', { exact: false })).toHaveCount(0);
});

test('the keyboard shortcuts pick teams and choices, reveal and move on', async ({ page }) => {
  await setUp(page, { teams: 3 });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await page.keyboard.press('2');
  await expect(team(page, 1)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('b');
  await expect(team(page, 1)).toContainText('answered');
  await expect(page.locator('[data-announce]')).toHaveText('Team 2: answered');
  await page.keyboard.press('1');
  await page.keyboard.press('A');
  await expect(team(page, 0)).toContainText('answered');
  await page.keyboard.press('3');
  await page.keyboard.press('a');
  await expect(team(page, 2)).toContainText('answered');
  // A key for a team that does not exist, and modifier keys, do nothing.
  await page.keyboard.press('8');
  await page.keyboard.press('Control+b');
  await expect(team(page, 2)).toContainText('answered');
  // Next only works once revealed.
  await page.keyboard.press('Space');
  await expect(progress(page)).toContainText('Question 1 of 5');
  await expect(page.locator('.reveal')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(page.locator('.reveal')).toBeVisible();
  await expect(choice(page, 0).locator('.choice-count')).toHaveText('2 teams');
  await expect(page.locator('[data-announce]')).toHaveText(/The answer is [A-D]/);
  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toContainText('Question 2 of 5');
  await expect(page.locator('.presenter .prompt')).toBeFocused();
  await page.keyboard.press('R');
  await expect(page.locator('.reveal')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(progress(page)).toContainText('Question 3 of 5');
});

/** The printed questions as the preview shows them: prompt and choices, in order. */
async function printed(page: Page): Promise<{ prompt: string; choices: string[] }[]> {
  return page.locator('.print-question').evaluateAll((items) =>
    items.map((q) => ({
      prompt: q.querySelector('.print-prompt')!.textContent!.replace(/^\d+\.\s*/, ''),
      choices: [...q.querySelectorAll('.print-choices .choice-text')].map((c) => c.textContent!),
    })),
  );
}

test('the sheet previews the session being set up, in its order, and the session asks exactly those', async ({ page }) => {
  const errors = watchErrors(page);
  await setUp(page, { teams: 2 });
  await page.getByRole('link', { name: "Preview and print this session's questions" }).click();
  await expect(page.locator('.fac-print-which')).toHaveText(/the session you are setting up will ask/);
  await expect(page.locator('.print-question')).toHaveCount(5);
  const sheet = await printed(page);
  await expect(page.locator('.q-number')).toHaveText(['1.', '2.', '3.', '4.', '5.']);
  // A reload shows the same set: the setup and its seed are kept.
  await page.reload();
  await appReady(page);
  await expect(page.locator('.print-question')).toHaveCount(5);
  expect(await printed(page)).toEqual(sheet);

  await page.getByRole('link', { name: 'Back to facilitating' }).click();
  await readSafeguarding(page);
  await start(page);
  for (let q = 0; q < 5; q++) {
    await expect(progress(page)).toContainText(`Question ${q + 1} of 5`);
    await expect(page.locator('.presenter .prompt')).toHaveText(sheet[q].prompt);
    await expect(page.locator('.presenter-choices .choice .choice-text')).toHaveText(sheet[q].choices);
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.getByRole('button', { name: q < 4 ? 'Next question' : 'See how we did' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  // Just run: the same questions, said as the session just run.
  await page.goto('/facilitate/print');
  await appReady(page);
  await expect(page.locator('.fac-print-which')).toHaveText('These are the questions of the session you just ran.');
  await expect(page.locator('.print-question')).toHaveCount(5);
  expect(await printed(page)).toEqual(sheet);
  expect(errors).toEqual([]);
});

test('the print page sets aside a saved session the bank cannot run, says so, and prints a new setup', async ({ page }) => {
  await setUp(page, { teams: 2 });
  await readSafeguarding(page);
  await start(page);
  await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('lantern.facilitate.current')!);
    rec.data.items[0].id = 'a-question-the-bank-no-longer-has';
    localStorage.setItem('lantern.facilitate.current', JSON.stringify(rec));
  });
  await page.goto('/facilitate/print');
  await appReady(page);
  await expect(page.locator('[data-notice="SessionReset"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lantern.backup.facilitate.current.')).length)).toBe(1);
  // Nothing of the damaged session is printed: a new setup's questions are.
  await expect(page.locator('.fac-print-which')).toHaveText(/the session you are setting up will ask/);
  await expect(page.locator('.print-question')).toHaveCount(10);
});

test('the question sheet has a title, date, group line, help line and citation, and no answers; the key adds them', async ({ page }) => {
  await page.goto('/facilitate/print');
  await appReady(page);
  const bank = await loadBank(page);
  await expect(page.locator('.print-question')).toHaveCount(10);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chooser')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-sheet h2')).toHaveText('Online safety quiz: question sheet');
  await expect(page.locator('.sheet-date')).toHaveText(/^Date: .*\d/);
  await expect(page.locator('.sheet-group')).toHaveText("Group's name (not a child's name):");
  await expect(page.locator('.sheet-help')).toHaveText(/Lantern's Help page says what you can do and who can help: http:\/\/127\.0\.0\.1:\d+\/help$/);
  await expect(page.locator('.print-sheet .citation')).toContainText('ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.');
  await expect(page.locator('.print-question .answer, .choice-why, .print-choices .right')).toHaveCount(0);
  const sheetText = await page.locator('.print-sheet').innerText();
  expect(sheetText).not.toContain('Answer:');
  expect(sheetText).not.toContain('✓');

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Answer key').check();
  await expect(page).toHaveURL(/\/facilitate\/print\?show=key$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet h2')).toHaveText('Online safety quiz: answer key');
  await expect(page.locator('.print-question .answer')).toHaveCount(10);
  await expect(page.locator('.print-choices .right')).toHaveCount(10);
  await expect(page.locator('.print-question .discuss')).toHaveCount(10);
  await expect(page.locator('.print-question .discuss').first()).toContainText('Talk about it: ');
  await expect(page.locator('.sheet-group')).toBeVisible();
  await expect(page.locator('.sheet-help')).toBeVisible();
  // Every question: one right choice, ticked and named in the answer line,
  // and the bank's own feedback under each of the others.
  const rows = await page.locator('.print-question').evaluateAll((items) =>
    items.map((q) => ({
      prompt: q.querySelector('.print-prompt')!.textContent!.replace(/^\d+\.\s*/, ''),
      right: q.querySelector('.print-choices .right')!.textContent!,
      line: q.querySelector('.answer strong')!.textContent!,
      why: [...q.querySelectorAll('.print-choices > li:not(.right)')].map((c) => [c.querySelector('.choice-text')!.textContent!, c.querySelector('.choice-why')?.textContent ?? '']),
      discuss: q.querySelector('.discuss')!.textContent!,
    })),
  );
  for (const row of rows) {
    const q = bank.find((b) => b.prompt === row.prompt)!;
    expect(q, row.prompt).toBeTruthy();
    const answer = q.choices[q.answer];
    expect(row.right).toMatch(new RegExp(`^[A-D]\\. ${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ✓$`));
    expect(row.line).toMatch(/^Answer: [A-D]\. /);
    expect(row.line.endsWith(answer)).toBe(true);
    for (const [text, why] of row.why) expect(why).toBe(q.feedback[q.choices.indexOf(text)]);
    expect(row.discuss).toBe(`Talk about it: ${q.discuss}`);
  }
  // A reload prints the same: the choice is in the address.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Answer key')).toBeChecked();
  await expect(page.locator('.print-question .answer')).toHaveCount(10);
});

/** Every word pdftotext finds in a PDF, with its page's size and its box, in points. */
function pdfWords(file: string): { page: number; width: number; height: number; x0: number; y0: number; x1: number; y1: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [];
  let page = 0, width = 0, height = 0;
  const tag = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(tag)) {
    if (m[1]) {
      page++;
      width = Number(m[1]);
      height = Number(m[2]);
    } else {
      const text = m[7].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      words.push({ page, width, height, x0: Number(m[3]), y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]), text });
    }
  }
  return words;
}

// Printed to PDF by Chromium and read back: every word inside the side
// margins and on the page (a tall script's ascent may reach into the top
// margin) on A4 and Letter, the numbers past 9 whole, and the sheet's parts there.
for (const lang of ['en', 'th']) {
test(`the sheet and the key print to A4 and Letter with nothing outside the margins (${lang})`, async ({ page }, info) => {
  test.setTimeout(60_000);
  if (lang !== 'en') {
    await page.addInitScript((l) => {
      localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: 'light', reduce_motion: false, lang: l } }));
    }, lang);
  }
  // A 12-question session, so the numbers run past 9.
  await page.goto('/facilitate');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const length = page.locator('#fac-length');
  await length.fill('12');
  await length.press('Tab');
  await page.goto('/facilitate/print');
  await appReady(page);
  await expect(page.locator('.print-question')).toHaveCount(12);
  // The date as the sheet's language writes it (Thai counts Buddhist years).
  const today = await page.evaluate((l) => new Date().toLocaleDateString(l), lang);
  await expect(page.locator('.sheet-date')).toContainText(today);
  const margin = (15 / 25.4) * 72;
  for (const show of ['sheet', 'key']) {
    await page.goto(`/facilitate/print?show=${show}`);
    await appReady(page);
    await expect(page.locator('.print-question')).toHaveCount(12);
    const heading = await page.locator('.print-sheet h2').innerText();
    const help = await page.locator('.sheet-help').innerText();
    for (const format of ['A4', 'Letter'] as const) {
      const file = info.outputPath(`${show}-${lang}-${format}.pdf`);
      await page.pdf({ path: file, format, printBackground: true });
      const words = pdfWords(file);
      const pages = new Set(words.map((w) => w.page)).size;
      expect(pages, `${show} ${format}`).toBeGreaterThanOrEqual(show === 'key' ? 2 : 1);
      const outside = words.filter((w) => w.x0 < margin - 1 || w.x1 > w.width - margin + 1 || w.y0 < 0 || w.y1 > w.height);
      expect(outside.map((w) => `${w.text} p${w.page} ${w.x0}-${w.x1}`), `${show} ${format}`).toEqual([]);
      const text = words.map((w) => w.text).join(' ');
      for (let n = 1; n <= 12; n++) expect(words.some((w) => w.text === `${n}.`), `${n}. on ${show} ${format}`).toBe(true);
      const squash = (t: string) => t.replace(/\s+/g, '');
      expect(squash(text)).toContain(squash(heading));
      expect(squash(text)).toContain(squash(help));
      expect(text).toContain('ECPAT');
    }
  }
});
}

test('a finished session can be printed as a summary from the history, and deleted', async ({ page }) => {
  await setUp(page, { teams: 2 });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await choice(page, 0).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await page.getByRole('button', { name: 'End the session now' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.session-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save this summary' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/facilitate');
  await appReady(page);
  const items = page.locator('.fac-history-item');
  await expect(items).toHaveCount(1);
  await items.getByRole('link', { name: 'Summary and printing' }).click();
  await expect(page).toHaveURL(/\/facilitate\/summary\/\d+$/);
  await expect(page.locator('.session-summary .scoreboard li')).toHaveCount(2);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.session-summary .scoreboard li')).toHaveCount(2);
  await page.getByRole('link', { name: 'Back to facilitating' }).click();
  await page.locator('.fac-history-item').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('No finished sessions yet.')).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByText('No finished sessions yet.')).toBeVisible();
});

test('the presenter view reflows on a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await setUp(page, { teams: 8 });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  await expect(page.locator('.team-button')).toHaveCount(8);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Colour is never the only cue: each team shows its own symbol and its name.
  const symbols = await page.locator('.team-button .team-mark').allInnerTexts();
  expect(new Set(symbols).size).toBe(8);
});

for (const theme of ['light', 'dark', 'high-contrast']) {
test(`setup, safeguarding, presenter, end screen and print views have no WCAG 2.2 AA violations (${theme})`, async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript((t) => {
    localStorage.setItem('lantern.settings', JSON.stringify({ v: 2, data: { text_size: 1, theme: t, reduce_motion: false } }));
  }, theme);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const scan = async (what: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = result.violations.map((v) => `${theme} ${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  };
  await page.setViewportSize({ width: 320, height: 640 });
  await setUp(page, { teams: 3, timer: '60 seconds' });
  await scan('setup with the safeguarding note');
  await readSafeguarding(page);
  await scan('setup, note read');
  await start(page);
  await choice(page, 0).click();
  await scan('presenter answering');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await scan('presenter revealed');
  await page.getByRole('button', { name: 'End the session now' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await scan('end screen');
  await page.goto('/facilitate');
  await appReady(page);
  await expect(page.locator('.fac-history-item')).toHaveCount(1);
  await scan('setup with history');
  await page.goto('/facilitate/print?show=key');
  await appReady(page);
  await expect(page.locator('.print-question').first()).toBeVisible();
  await scan('answer key');
});
}

test('the reveal says why each wrong choice a team picked is not the best, and nothing for choices no team picked', async ({ page }) => {
  await setUp(page, { teams: 2 });
  await readSafeguarding(page);
  await start(page);
  await expect(progress(page)).toContainText('Question 1 of');
  const bank = await loadBank(page);
  const prompt = (await page.locator('h1.prompt').textContent())!.trim();
  const q = bank.find((b) => b.prompt === prompt)!;
  const shown = (await page.locator('.presenter-choices .choice-text').allInnerTexts()).map((t) => t.trim());
  const right = shown.indexOf(q.choices[q.answer]);
  const wrong = shown.findIndex((_, i) => i !== right);
  await team(page, 0).click();
  await choice(page, wrong).click();
  await choice(page, right).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  // On the tile the team picked, and on no other.
  const whyNot = page.locator('.presenter-choices .tile-why');
  await expect(whyNot).toHaveCount(1);
  await expect(choice(page, wrong).locator('.tile-why')).toHaveText(q.feedback[q.choices.indexOf(shown[wrong])]);
});

for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test(`on a projector (${size.width} × ${size.height}) every step fits one screen, with no site header`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    // The most words the bank puts on one screen: its longest questions are
    // the educators' on grooming, and this runs all 7 of them.
    await setUp(page, { teams: 6, timer: '60 seconds', audience: 'Teachers and peer educators', topic: 'Grooming in games and chat', length: 7 });
    await readSafeguarding(page);
    await start(page);
    /** Nothing to scroll, and each element whole on screen and not clipped inside. */
    const fits = async (step: string, whole: string[]) => {
      await painted(page);
      const page_ = await page.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]);
      expect(page_[0], `${step}: page height`).toBeLessThanOrEqual(page_[1]);
      expect(page_[2], `${step}: page width`).toBeLessThanOrEqual(page_[3]);
      // Nor inside either column.
      const panels = await page.locator('.presenter-main, .presenter-side').evaluateAll((els) => els.map((e) => e.scrollHeight - e.clientHeight));
      expect(panels, `${step}: a column scrolls`).toEqual([0, 0]);
      for (const sel of whole) {
        const all = page.locator(sel);
        for (let i = 0; i < (await all.count()); i++) {
          await expect(all.nth(i), `${step}: ${sel} ${i}`).toBeInViewport({ ratio: 1 });
          // Every line of its words inside its own box (a tile, a team).
          const spills = await all.nth(i).evaluate((el) => {
            const box = el.getBoundingClientRect();
            return [...el.querySelectorAll('span')].some((c) => {
              const r = c.getBoundingClientRect();
              return r.width > 1 && r.height > 1 && (r.bottom > box.bottom + 2 || r.right > box.right + 2 || r.top < box.top - 2);
            });
          });
          expect(spills, `${step}: ${sel} ${i} spills out`).toBe(false);
        }
      }
    };
    for (let q = 1; q <= 7; q++) {
      await expect(progress(page)).toContainText(`Question ${q} of 7`);
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.main-nav')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Pause and leave' })).toBeVisible();
      await expect(page.locator('.countdown')).toBeVisible();
      const n = await page.locator('.presenter-choices .choice').count();
      // Each answer has its own colour and shape.
      const looks = await page.locator('.presenter-choices .choice').evaluateAll((els) =>
        els.map((el) => getComputedStyle(el).backgroundColor + (el.querySelector('.choice-shape')?.textContent ?? '')));
      expect(new Set(looks).size).toBe(n);
      await fits(`question ${q}, answering`, ['.presenter .prompt', '.presenter-choices .choice', '.team-button', '.reveal-button']);
      // Every choice picked by a team, so every wrong one shows its feedback.
      await team(page, 0).click();
      for (let c = 0; c < n; c++) await choice(page, c).click();
      await expect(page.locator('.team-hint')).toContainText(`Teams ready: ${n} of 6`);
      await page.getByRole('button', { name: 'Reveal the answer' }).click();
      await expect(page.locator('.reveal')).toBeVisible();
      await expect(page.locator('.tile-why')).toHaveCount(n - 1);
      // The question stays; the countdown stops and goes.
      await expect(page.locator('.countdown')).toHaveCount(0);
      await fits(`question ${q}, revealed`, ['.presenter .prompt', '.presenter-choices .choice', '.reveal', '.team-button', '.presenter-actions .next']);
      // Nothing drawn over anything else: the reveal, tiles, teams and Next.
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.presenter .prompt, .presenter-choices .choice, .reveal, .team-button, .presenter-actions .next')].map((e) => [e.className, e.getBoundingClientRect()] as const);
        const hits: string[] = [];
        boxes.forEach(([a, r], i) => boxes.slice(i + 1).forEach(([b, o]) => {
          if (r.left < o.right - 1 && o.left < r.right - 1 && r.top < o.bottom - 1 && o.top < r.bottom - 1) hits.push(`${a} / ${b}`);
        }));
        return hits;
      });
      expect(overlaps, `question ${q}: overlapping`).toEqual([]);
      await page.getByRole('button', { name: q < 7 ? 'Next question' : 'See how we did' }).click();
    }
    // The end screen, for the room too: places, the three hardest topics
    // and the three most missed, on one screen with nothing to scroll.
    await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expect(page.locator('.scoreboard .team-place')).toHaveCount(6);
    await expect(page.locator('.learned:visible')).toHaveCount(3);
    await expect(page.locator('.learned-more')).toHaveText('And 4 more: print or save the summary to see them all.');
    await painted(page);
    const end = await page.evaluate(() => [document.documentElement.scrollHeight - window.innerHeight, ...[...document.querySelectorAll('.summary-results, .summary-learned')].map((e) => e.scrollHeight - e.clientHeight)]);
    expect(end, 'the end screen scrolls').toEqual([0, 0, 0]);
    for (const sel of ['.session-end h1', '.scoreboard li', '.hardest-topics li', '.learned:visible', '.learned-more']) {
      const all = page.locator(sel);
      for (let i = 0; i < (await all.count()); i++) await expect(all.nth(i), `${sel} ${i}`).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole('button', { name: 'Print or save this summary' })).toBeInViewport({ ratio: 1 });
    // Printed, the summary keeps every one of them.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.learned:visible')).toHaveCount(7);
    await expect(page.locator('.learned-why:visible')).toHaveCount(7);
    await expect(page.locator('.learned-more')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    // Leaving the session's screens brings the site's frame back.
    await page.getByRole('link', { name: 'Set up a new session' }).click();
    await expect(page.locator('.site-header')).toBeVisible();
  });
}

test('the presenter fills the screen where the browser allows it, and gives it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await setUp(page, { teams: 2 });
  await readSafeguarding(page);
  await start(page);
  const full = page.getByRole('button', { name: 'Full screen' });
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await full.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  // Still the presenter, with nothing to scroll.
  await expect(progress(page)).toContainText('Question 1 of 5');
  await painted(page);
  const overflow = await page.evaluate(() => [document.documentElement.scrollHeight - innerHeight, ...[...document.querySelectorAll('.presenter-main, .presenter-side')].map((e) => e.scrollHeight - e.clientHeight)]);
  expect(overflow).toEqual([0, 0, 0]);
  await full.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('the end screen says a tie as a shared place and names at most three hardest topics', async ({ page }) => {
  await setUp(page, { teams: 3 });
  await readSafeguarding(page);
  await start(page);
  // Every team passes every question: all share the first place.
  for (let q = 1; q <= 5; q++) {
    await expect(progress(page)).toContainText(`Question ${q} of 5`);
    for (let t = 0; t < 3; t++) {
      await team(page, t).click();
      await page.getByRole('button', { name: 'Skip this team' }).click();
    }
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.getByRole('button', { name: q < 5 ? 'Next question' : 'See how we did' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.locator('.scoreboard .team-place')).toHaveText(['Sharing place 1', 'Sharing place 1', 'Sharing place 1']);
  const hardest = page.locator('.hardest-topics li');
  expect(await hardest.count()).toBeGreaterThan(0);
  expect(await hardest.count()).toBeLessThanOrEqual(3);
});
