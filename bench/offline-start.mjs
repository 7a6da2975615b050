// Offline repeat start, for `cargo xtask bench`:
//   node bench/offline-start.mjs http://127.0.0.1:PORT [runs]
//
// Visits the app once online (waits for the service worker, if the app has
// one, to control the page, and for the report and quiz data to be stored),
// then goes offline, throttles the CPU 4× over CDP and reloads `runs` times,
// reading the `lantern:first-content` mark the app sets and the
// `lantern:parse:*` measures it sets around loading each stored data copy
// (from reading storage to the model in memory). Prints one JSON object.
import { chromium } from 'playwright-core';

const url = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/$/, '') + '/';
const runs = Number(process.argv[3] ?? 5);
const log = (m) => process.stderr.write(`[offline-start] ${m}\n`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const out = { url, runs, cpu_slowdown: 4, service_worker: false, controlled: false, first_content_ms: [], parse_ms: {}, json_parse_ms: {}, errors: [] };
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => out.errors.push(String(e)));

  const mark = (name) =>
    page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
  const measure = (name) =>
    page.evaluate((n) => performance.getEntriesByName(n, 'measure')[0]?.duration ?? null, name);
  const waitMark = (name) =>
    page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });

  // 1. First visit, online.
  await page.goto(url, { waitUntil: 'load' });
  await waitMark('lantern:first-content');
  out.service_worker = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    if (!(await navigator.serviceWorker.getRegistration())) {
      // Give the app a moment to register one.
      await new Promise((r) => setTimeout(r, 3000));
      if (!(await navigator.serviceWorker.getRegistration())) return false;
    }
    await navigator.serviceWorker.ready;
    return true;
  });
  if (out.service_worker && !(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    // Without clients.claim() the worker controls the next load.
    await page.reload({ waitUntil: 'load' });
  }
  out.controlled = await page.evaluate(() => !!navigator.serviceWorker?.controller);
  // The quiz data is loaded on first use: open the quiz once so it is stored too.
  await page.goto(url + 'quiz', { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      (localStorage.getItem('lantern.data.report.en')?.length ?? 0) > 10_000 &&
      (localStorage.getItem('lantern.data.quiz.en')?.length ?? 0) > 10_000,
    null,
    { timeout: 30_000 },
  );
  log(`stored; service worker: ${out.service_worker}, controlling: ${out.controlled}`);

  // 2. Offline, 4× CPU.
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const parse = { 'report.en': [], 'quiz.en': [] };
  const jsonParse = { 'report.en': [], 'quiz.en': [] };
  for (let i = 0; i < runs; i++) {
    try {
      await page.goto(url, { waitUntil: 'load' });
      await waitMark('lantern:first-content');
      const t = await mark('lantern:first-content');
      out.first_content_ms.push(t);
      const p = await measure('lantern:parse:report.en');
      if (p != null) parse['report.en'].push(p);
      log(`run ${i + 1}: first content at ${t?.toFixed(0)} ms, report parse ${p?.toFixed(1)} ms`);
    } catch (e) {
      out.errors.push(`run ${i + 1}: ${String(e).split('\n')[0]}`);
      log(`run ${i + 1} failed: ${String(e).split('\n')[0]}`);
    }
  }
  // The quiz page parses the stored question bank.
  for (let i = 0; i < runs; i++) {
    try {
      await page.goto(url + 'quiz', { waitUntil: 'load' });
      await page.waitForFunction(
        () => performance.getEntriesByName('lantern:parse:quiz.en', 'measure').length > 0,
        null,
        { timeout: 30_000 },
      );
      parse['quiz.en'].push(await measure('lantern:parse:quiz.en'));
    } catch (e) {
      out.errors.push(`quiz run ${i + 1}: ${String(e).split('\n')[0]}`);
    }
  }
  // For comparison: the browser's own read and JSON.parse of the same stored record (4× CPU).
  for (const key of Object.keys(jsonParse)) {
    jsonParse[key] = await page.evaluate(
      ({ key, runs }) => {
        const times = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          JSON.parse(localStorage.getItem('lantern.data.' + key) ?? 'null');
          times.push(performance.now() - t0);
        }
        return times;
      },
      { key, runs },
    ).catch(() => []);
  }
  out.parse_ms = parse;
  out.json_parse_ms = jsonParse;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
} catch (e) {
  out.errors.push(String(e).split('\n')[0]);
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
