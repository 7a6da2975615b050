import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appReady, dist, overflows, useTextSize, watchErrors } from './helpers';
import { Hub } from './pwa-helpers';

// A live quiz through the real hub, as `lantern-hub --lan` runs it, on this
// machine's loopback: the facilitator's screen and each phone are browser
// contexts of their own. Every phone comes from 127.0.0.1 here, so the hub
// is told to allow more than a phone's 2 live sockets from one address.

test.describe.configure({ mode: 'serial' });

async function lanHub(state: string, port = 0): Promise<Hub> {
  return Hub.start(dist, port, ['--lan', '--host', '127.0.0.1', '--live-per-device', '20', '--state', state]);
}

function tempState(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-live-e2e-'));
}

async function phone(browser: Browser, width = 360, height = 740, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  return { context, page: await context.newPage() };
}

/** The facilitator sets up 5 questions for 2 teams, reads the note and goes live; returns the join code. */
async function goLive(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/facilitate`);
  await appReady(page);
  const length = page.getByLabel('Number of questions');
  await length.fill('5');
  await length.press('Tab');
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Live on this network' }).click();
  await expect(page).toHaveURL(/\/facilitate\/live$/);
  await expect(page.getByRole('heading', { name: 'Live quiz' })).toBeVisible();
  const code = (await page.locator('.live-code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** A phone joins with the code and a nickname. */
async function join(page: Page, url: string, code: string, nickname: string) {
  await page.goto(`${url}/join`);
  await appReady(page);
  await page.getByLabel('Join code').fill(code);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Nickname').fill(nickname);
  await page.getByRole('button', { name: 'Join the quiz' }).click();
  await expect(page.getByText(`You are in, ${nickname}!`)).toBeVisible();
}

const pointsText = (n: number) => (n === 1 ? '1 point' : `${n} points`);

test('a class plays a live quiz to the end through drops, a reload, a latecomer and a hub restart, and no one loses a point', async ({ browser }) => {
  test.setTimeout(180_000);
  const state = tempState();
  let hub = await lanHub(state);
  const url = hub.url;
  const port = hub.port;
  const host = await phone(browser, 1280, 800);
  const hostErrors = watchErrors(host.page);
  const code = await goLive(host.page, url);
  await expect(host.page.locator('.live-address')).toHaveText(`${url}/join`);
  await expect
    .poll(() => host.page.locator('.live-qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  const names = ['Ana', 'Bo', 'Cy'];
  const phones = await Promise.all(names.map(() => phone(browser)));
  for (const [i, p] of phones.entries()) {
    if (i === 2) {
      // Markup in a nickname is refused, kindly, before a name is taken.
      await p.page.goto(`${url}/join`);
      await appReady(p.page);
      await p.page.getByLabel('Join code').fill(code);
      await p.page.getByRole('button', { name: 'Next' }).click();
      await p.page.getByLabel('Nickname').fill('<b>Cy</b>');
      await p.page.getByRole('button', { name: 'Join the quiz' }).click();
      await expect(p.page.getByRole('alert')).toHaveText('Please leave out symbols such as < > & and quotation marks.');
      await p.page.getByLabel('Nickname').fill('Cy');
      await p.page.getByRole('button', { name: 'Join the quiz' }).click();
      await expect(p.page.getByText('You are in, Cy!')).toBeVisible();
    } else {
      await join(p.page, url, code, names[i]);
    }
    await expect(p.page.getByText('Wait for your facilitator to start the quiz.')).toBeVisible();
    await expect(p.page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  }
  await expect(host.page.locator('[data-joined]')).toHaveText('3 players have joined.');
  await host.page.getByRole('button', { name: 'Start the quiz' }).click();

  // Who answers each question, and each one's points as the reveals give them.
  const points = new Map<Page, number>(phones.map((p) => [p.page, 0]));
  let late: { context: BrowserContext; page: Page } | undefined;
  for (let q = 0; q < 5; q++) {
    const playing = phones.map((p) => p.page);
    if (late && q >= 2) playing.push(late.page);
    for (const page of playing) {
      await expect(page.locator('.progress')).toHaveText(`Question ${q + 1} of 5`);
    }
    if (q === 1) {
      // A latecomer joins at the next question.
      late = await phone(browser);
      await join(late.page, url, code, 'Di');
      await expect(late.page.getByText('You joined during a question. You start at question 3.')).toBeVisible();
      points.set(late.page, 0);
    }
    if (q === 2) {
      // The hub stops and starts mid-question; every screen finds it again.
      await hub.stop();
      for (const page of playing) await expect(page.getByText('The connection was lost. Trying again…')).toBeVisible();
      hub = await lanHub(state, port);
      for (const page of playing) await expect(page.locator('.progress')).toHaveText(`Question 3 of 5`);
      await expect(host.page.locator('.live-presenter .progress')).toContainText('3 of 5');
    }
    if (q === 3) {
      // The facilitator's page reloads mid-question and picks the quiz up again.
      await host.page.reload();
      await appReady(host.page);
      await expect(host.page.locator('.live-presenter .progress')).toContainText('4 of 5');
      await expect(host.page.locator('[data-answered]')).toHaveText(`Answered: 0 of ${playing.length}`);
    }
    for (const [i, page] of playing.entries()) {
      if (q === 1 && i === 2) {
        // A phone drops off the network and comes back.
        await phones[2].context.setOffline(true);
        await expect(page.getByText('The connection was lost. Trying again…')).toBeVisible();
        await phones[2].context.setOffline(false);
        await expect(page.getByText('The connection was lost. Trying again…')).toHaveCount(0);
      }
      await page.locator('.player-choices .choice').first().click();
      await expect(page.getByText('Your answer is in.', { exact: false })).toBeVisible();
      if (q === 1 && i === 1) {
        // A reload keeps the answer given and the place in the quiz.
        await page.reload();
        await appReady(page);
        await expect(page.locator('.player-choices .choice').first()).toHaveAttribute('aria-pressed', 'true');
        await expect(page.getByText('Your answer is in.', { exact: false })).toBeVisible();
      }
    }
    await expect(host.page.locator('[data-answered]')).toHaveText(`Answered: ${playing.length} of ${playing.length}`);
    await host.page.getByRole('button', { name: 'Reveal the answer' }).click();
    for (const page of playing) {
      const letter = await page.locator('.verdict strong').innerText();
      if (letter.startsWith('A')) points.set(page, points.get(page)! + 1);
      await expect(page.locator('.player-points')).toHaveText(pointsText(points.get(page)!));
    }
    await expect(host.page.locator('.live-presenter .choice-count').first()).toBeVisible();
    await host.page.getByRole('button', { name: q === 4 ? 'See how we did' : 'Next question' }).click();
  }
  for (const page of [...phones.map((p) => p.page), late!.page]) {
    const asked = page === late!.page ? 3 : 5;
    await expect(page.locator('.player-result')).toHaveText(`You got ${points.get(page)} of ${asked} right.`);
  }
  await expect(host.page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await host.page.getByRole('button', { name: 'End the live quiz' }).click();
  await host.page.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(host.page.getByText('The live quiz has ended.', { exact: false })).toBeVisible();
  // Nothing about the players is left on the hub.
  await expect.poll(() => fs.existsSync(path.join(state, 'live.json'))).toBe(false);
  expect(hostErrors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|net::ERR/.test(e))).toEqual([]);
  await hub.stop();
  for (const c of [host, ...phones, late!]) await c.context.close();
});

test('a phone reads whole at 320 px and at 200% text, from the code to a question', async ({ browser }) => {
  test.setTimeout(90_000);
  const hub = await lanHub(tempState());
  const host = await phone(browser, 1280, 800);
  const code = await goLive(host.page, hub.url);
  const p = await phone(browser, 320, 640);
  await p.page.goto(`${hub.url}/join`);
  await useTextSize(p.page, 4);
  await join(p.page, hub.url, code, 'Maliwan');
  await expect(p.page.locator('html')).toHaveAttribute('data-text-size', '4');
  expect(await overflows(p.page), 'the lobby').toEqual([]);
  await host.page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(p.page.locator('.player-choices .choice').first()).toBeVisible();
  expect(await overflows(p.page), 'a question').toEqual([]);
  for (const b of await p.page.locator('.player-choices .choice').all()) {
    const box = (await b.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await p.page.locator('.player-choices .choice').first().click();
  await host.page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(p.page.locator('.verdict')).toBeVisible();
  expect(await overflows(p.page), 'the answer').toEqual([]);
  await hub.stop();
  await host.context.close();
  await p.context.close();
});

test('away from a classroom hub, "Live on this network" says what it needs and the single screen still works', async ({ page }) => {
  await page.goto('/facilitate');
  await appReady(page);
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Live on this network' }).click();
  await expect(page.getByText('A live quiz needs Lantern to come from a classroom hub.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/facilitate$/);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(/\/facilitate\/run$/);
  // A phone or a facilitator that opens the live pages here is told why nothing happens.
  await page.goto('/join');
  await appReady(page);
  await expect(page.getByText("To join a live quiz, your phone must be on the classroom's network.", { exact: false })).toBeVisible();
  await page.goto('/facilitate/live');
  await appReady(page);
  await expect(page.getByText('A live quiz needs Lantern to come from a classroom hub.', { exact: false })).toBeVisible();
});

test('a wrong join code is refused kindly, and the phone can try again', async ({ browser }) => {
  const hub = await lanHub(tempState());
  const host = await phone(browser, 1280, 800);
  const code = await goLive(host.page, hub.url);
  const p = await phone(browser);
  await p.page.goto(`${hub.url}/join`);
  await appReady(p.page);
  const wrong = code === '999999' ? '100000' : '999999';
  await p.page.getByLabel('Join code').fill(wrong);
  await p.page.getByRole('button', { name: 'Next' }).click();
  await expect(p.page.getByRole('alert')).toHaveText("That code did not work. Check the code on the facilitator's screen, and try again.");
  await p.page.getByLabel('Join code').fill(code);
  await p.page.getByRole('button', { name: 'Next' }).click();
  await expect(p.page.getByLabel('Nickname')).toBeVisible();
  await hub.stop();
  await host.context.close();
  await p.context.close();
});

async function axe(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

test('the live screens have no WCAG 2.2 AA violations: the lobby, a question and the answer, on the projector and on a phone', async ({ browser }) => {
  test.setTimeout(90_000);
  const hub = await lanHub(tempState());
  const host = await phone(browser, 1280, 800);
  const code = await goLive(host.page, hub.url);
  await axe(host.page, 'the lobby');
  const p = await phone(browser, 320, 640);
  await p.page.goto(`${hub.url}/join`);
  await appReady(p.page);
  await axe(p.page, 'the code form');
  await p.page.getByLabel('Join code').fill(code);
  await p.page.getByRole('button', { name: 'Next' }).click();
  await expect(p.page.getByLabel('Nickname')).toBeVisible();
  await axe(p.page, 'the nickname and team form');
  await p.page.getByLabel('Nickname').fill('Owl');
  await p.page.getByRole('button', { name: 'Join the quiz' }).click();
  await expect(p.page.getByText('You are in, Owl!')).toBeVisible();
  await host.page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(p.page.locator('.player-choices .choice').first()).toBeEnabled();
  await axe(p.page, 'a question on a phone');
  await axe(host.page, 'a question on the projector');
  await p.page.locator('.player-choices .choice').nth(1).click();
  await expect(host.page.locator('[data-answered]')).toHaveText('Answered: 1 of 1');
  await host.page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(p.page.locator('.verdict')).toBeVisible();
  await axe(p.page, 'the answer on a phone');
  await axe(host.page, 'the answer on the projector');
  await hub.stop();
  await host.context.close();
  await p.context.close();
});

for (const { locale, tag, heading, wait } of [
  { locale: 'th-TH', tag: 'th', heading: 'เข้าร่วมแบบทดสอบเล่นพร้อมกัน', wait: 'รอผู้นำกิจกรรมเริ่มแบบทดสอบนะ' },
  { locale: 'id-ID', tag: 'id', heading: 'Ikut kuis langsung', wait: 'Tunggu fasilitatormu memulai kuis.' },
]) {
  test(`a phone set to ${locale} joins in its own language while the facilitator's screen is in English`, async ({ browser }) => {
    test.setTimeout(90_000);
    const hub = await lanHub(tempState());
    const host = await phone(browser, 1280, 800);
    const code = await goLive(host.page, hub.url);
    const p = await phone(browser, 360, 740, locale);
    await p.page.goto(`${hub.url}/join`);
    await expect(p.page).toHaveURL(new RegExp(`/${tag}/join$`));
    await appReady(p.page);
    await expect(p.page.locator('html')).toHaveAttribute('lang', tag);
    await expect(p.page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await p.page.locator('#join-code').fill(code);
    await p.page.locator('.join-form button[type="submit"]').click();
    await p.page.locator('#join-nickname').fill('Dara');
    await p.page.locator('.join-form button[type="submit"]').click();
    await expect(p.page.getByText(wait)).toBeVisible();
    await host.page.getByRole('button', { name: 'Start the quiz' }).click();
    // The question in the phone's own language: the same id, its own bank.
    await expect(p.page.locator('.player-choices .choice').first()).toBeEnabled();
    const hostPrompt = await host.page.locator('.live-presenter h1.prompt').innerText();
    const phonePrompt = await p.page.locator('.player-screen .prompt').innerText();
    expect(phonePrompt).not.toBe(hostPrompt);
    if (tag === 'th') expect(phonePrompt).toMatch(/[\u0E00-\u0E7F]/);
    await hub.stop();
    await host.context.close();
    await p.context.close();
  });
}
