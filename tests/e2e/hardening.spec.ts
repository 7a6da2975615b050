import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { appReady, openPlace, watchErrors } from './helpers';
import { readyOffline } from './pwa-helpers';

// What a careful tester broke once: offline support lost for good, Back
// after a quick exit, names that trap a session, damaged progress thrown
// away, and odd addresses. Each is tried again here as it was then.

const MAIN_ROUTES: [string, RegExp][] = [
  ['/', /Lantern/],
  ['/read/introduction', /Introduction/],
  ['/quiz', /Online safety quiz/],
  ['/help', /Get help/],
  ['/settings', /Settings/],
  ['/search?q=grooming', /Search the report/],
  ['/facilitate', /Run the quiz with a group/],
];

async function everyMainRouteRendersOffline(page: Page, context: BrowserContext) {
  await context.setOffline(true);
  try {
    for (const [route, heading] of MAIN_ROUTES) {
      await page.goto(route);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    }
  } finally {
    await context.setOffline(false);
  }
}

/** Deletes the precached file whose address ends so, as an evicting browser
 * would; its full address. */
async function loseFromPrecache(page: Page, ending: string): Promise<string> {
  return page.evaluate(async (ending) => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('lantern-precache:'))!);
    const entry = (await cache.keys()).find((r) => r.url.endsWith(ending))!;
    await cache.delete(entry);
    return entry.url;
  }, ending);
}

test('emptied caches are filled again on the next start online, and every main route then works offline', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
  await page.reload();
  await appReady(page);
  await readyOffline(page);
  await everyMainRouteRendersOffline(page, context);
});

test('one lost precached file is fetched again, and only that one', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  const lost = new URL(await loseFromPrecache(page, '.wasm')).pathname;
  // What the service worker itself asks of the network.
  const fetched: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) fetched.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await appReady(page);
  await readyOffline(page);
  await expect.poll(() => page.evaluate(async (path) => {
    const name = (await caches.keys()).find((k) => k.startsWith('lantern-precache:'))!;
    return !!(await (await caches.open(name)).match(path));
  }, lost)).toBe(true);
  // Everything else was still there: only the lost file was downloaded again.
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.filter((p) => p !== lost)).toEqual([]);
  await everyMainRouteRendersOffline(page, context);
});

test('a lost file that cannot be fetched again: the header says plainly Lantern is not ready offline, Settings says what comes next, and the next start repairs it', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  // The offline quick-exit page: the app starts without it, so only the repair fails.
  const lost = await loseFromPrecache(page, '/neutral.html');
  await context.route(lost, (route) => route.abort());
  await page.reload();
  await appReady(page);
  const status = page.locator('.site-header [role="status"]');
  await expect(status).toHaveText('Not ready to use offline');
  await expect(status).toHaveAttribute('data-net', 'online');
  await page.goto('/settings');
  await appReady(page);
  await expect(page.locator('[data-info="offline"]')).toHaveText('Not ready to use offline. Lantern will try again next time it opens with a connection.');
  // The connection comes back for that file: the next start fetches it.
  await context.unroute(lost);
  await page.reload();
  await appReady(page);
  await readyOffline(page);
  await expect(status).toHaveText('Ready to use offline');
  await everyMainRouteRendersOffline(page, context);
});

/** Opens a page that is not Lantern's, then Lantern, then walks three pages in the app. */
async function walkThreePages(page: Page) {
  await page.goto('/robots.txt');
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of [['Help', 'Get help'], ['Quiz', 'Online safety quiz'], ['Read', 'Contents']]) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
}

test('after a quick exit online, Back never shows a Lantern page', async ({ page }) => {
  await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>neutral' }));
  await walkThreePages(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/robots\.txt$/);
  expect(await page.evaluate(() => sessionStorage.getItem('lantern.trail'))).toBeNull();
});

test('after Shift three times offline, Back never shows a Lantern page', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await readyOffline(page);
  await walkThreePages(page);
  await context.setOffline(true);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(/neutral\.html$/);
  await page.goBack().catch(() => null);
  await expect(page).not.toHaveURL(/127\.0\.0\.1:\d+\/(read|quiz|help|$)/);
  await context.setOffline(false);
});

test.describe('before the app has started', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.route('https://www.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>neutral' }));
  });

  test('the static shell\'s quick exit leaves, and Back does not return', async ({ page }) => {
    await page.goto('/robots.txt');
    await page.goto('/');
    await expect(page.locator('#boot-status')).toHaveText(/could not start/);
    // A link in the static shell keeps Lantern to one history entry too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await expect(page).toHaveURL(/\/help$/);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
    await page.goBack();
    await expect(page).toHaveURL(/\/robots\.txt$/);
  });

  test('with the wasm blocked the page says what needs a newer browser, not "Loading"', async ({ page }) => {
    await page.goto('/read/introduction');
    await expect(page.locator('#boot-status')).toHaveText(
      'Lantern could not start in this browser, so search, the quiz and saving are not available here. You can still read the report on these pages. Try reloading, or use a newer browser.',
      { useInnerText: true },
    );
  });

  test('Shift three times in the static shell leaves', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#boot-status')).toHaveText(/could not start/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/^https:\/\/www\.google\.com\//);
  });
});

test('a team named with a control character starts the session under the name it shows', async ({ page }) => {
  await page.goto('/facilitate');
  await appReady(page);
  const first = page.getByLabel('Name of team 1');
  await first.fill('\u0001 Owls');
  await first.press('Tab');
  await expect(first).toHaveValue('Owls');
  // A name of nothing visible is refused as it is typed.
  const second = page.getByLabel('Name of team 2');
  await second.fill('\u200B');
  await expect(page.locator('.form-error')).toHaveText(/give the team a name/i);
  // One that only looks different is the same team.
  await second.fill('Ow\u200Bls');
  await expect(page.locator('.form-error')).toHaveText(/already has this name/);
  await second.fill('Bats');
  await second.press('Tab');
  await expect(page.locator('.form-error')).toHaveText('');
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(/\/facilitate\/run$/);
});

test('a help contact named only with an invisible character is refused as it is typed', async ({ page }) => {
  await page.goto('/help');
  await appReady(page);
  await page.getByLabel('Name').fill('\u200B');
  await expect(page.getByRole('alert').filter({ hasText: /name/i })).toBeVisible();
  await page.getByLabel('Phone number').fill('1234');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText('No contacts yet.')).toBeVisible();
});

test('saving a help contact asks the browser to keep Lantern\'s storage, and Settings says whether it does', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number };
    w.persistAsked = 0;
    const original = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      w.persistAsked++;
      return original();
    };
  });
  await page.goto('/help');
  await appReady(page);
  expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(0);
  await page.getByLabel('Name').fill('Aunt Mali');
  await page.getByLabel('Phone number').fill('1234');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
  await openPlace(page, 'Settings');
  await expect(page.locator('[data-info="persistent"]')).toHaveText(/keeps what Lantern saved|may clear what Lantern saved|does not say/);
});

test('an impossible saved quiz or session is kept under a backup key, with the same notice', async ({ page }) => {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Quick quiz: 5 questions' }).click();
  await page.locator('.choices button').first().click();
  await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('lantern.quiz.current')!);
    rec.data.items[0].picked = 99;
    localStorage.setItem('lantern.quiz.current', JSON.stringify(rec));
  });
  await page.reload();
  await appReady(page);
  await expect(page.locator('[data-notice="QuizReset"]')).toBeVisible();
  const backups = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lantern.backup.')));
  await expect.poll(backups).toEqual([expect.stringMatching(/^lantern\.backup\.quiz\.current\.\d+$/)]);

  await page.goto('/facilitate');
  await appReady(page);
  await page.getByLabel('I have read this', { exact: false }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveURL(/\/facilitate\/run$/);
  await page.evaluate(() => {
    const rec = JSON.parse(localStorage.getItem('lantern.facilitate.current')!);
    rec.data.selected = 42;
    localStorage.setItem('lantern.facilitate.current', JSON.stringify(rec));
  });
  await page.reload();
  await appReady(page);
  await expect(page.locator('[data-notice="SessionReset"]')).toBeVisible();
  await expect.poll(backups).toContainEqual(expect.stringMatching(/^lantern\.backup\.facilitate\.current\.\d+$/));
});

test.describe('odd addresses', () => {
  test.describe('from the hub, as a first visit or a static host sees them', () => {
    test.use({ serviceWorkers: 'block' });

    test('get Lantern\'s own pages with a 404, which say what was probably meant', async ({ page }) => {
      const dotted = await page.goto('/read/introduction.');
      expect(dotted!.status()).toBe(404);
      await appReady(page);
      await page.getByRole('link', { name: '/read/introduction' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();

      const html = await page.goto('/help.html');
      expect(html!.status()).toBe(404);
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: '/help' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();

      // A missing hashed asset stays a real 404.
      const asset = await page.request.get('/lantern-0000000000000000.js');
      expect(asset.status()).toBe(404);
      expect(await asset.text()).not.toContain('<html');

      await page.goto('/country/FIJI');
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Fiji' })).toBeVisible();
    });
  });

  test('offline, a dotted address still gets Lantern\'s not-found page', async ({ page, context }) => {
    await page.goto('/');
    await appReady(page);
    await readyOffline(page);
    await context.setOffline(true);
    try {
      await page.goto('/help.html');
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: '/help' })).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});

test('the neutral page makes no request of its own', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/neutral.html');
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(requests.map((u) => new URL(u).pathname)).toEqual(['/neutral.html']);
});

test('"Delete everything" while offline says Lantern will need a connection to open again', async ({ page, context }) => {
  await page.goto('/settings');
  await appReady(page);
  await expect(page.locator('[data-warning="offline"]')).toHaveCount(0);
  await context.setOffline(true);
  await expect(page.locator('[data-warning="offline"]')).toHaveText(/need a connection to open again/);
  await context.setOffline(false);
  await expect(page.locator('[data-warning="offline"]')).toHaveCount(0);
});

test.describe('where service workers are not allowed', () => {
  test.use({ serviceWorkers: 'block' });

  test('the app runs, with no error from the missing worker', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await appReady(page);
    // The registration has settled by the time a page has been read.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().catch(() => undefined));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get help' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what needs a newer browser, and its links and quick exit still work', async ({ page }) => {
    await page.goto('/read/introduction');
    const status = page.locator('#boot-status');
    await expect(status).toHaveText(
      'Lantern could not start in this browser, so search, the quiz and saving are not available here. You can still read the report on these pages. Try reloading, or use a newer browser.',
      { useInnerText: true },
    );
    await expect(status.locator('.if-script')).toBeHidden();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help' }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(status).toBeVisible();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/\/neutral\.html$/);
  });
});
