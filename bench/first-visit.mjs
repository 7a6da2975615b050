// First visits on slow lines, for `cargo xtask bench`:
//   node bench/first-visit.mjs http://127.0.0.1:PORT path/to/dist [runs]
//
// Puts a line of its own in front of the hub: a TCP proxy that delays every
// byte by half the round trip each way, holds a new connection for one round
// trip (its handshake), and lets bytes through at the line's rate, in one
// queue (first in, first out, as a phone network's deep buffer does) for
// every connection, the page's and the service worker's alike. It counts
// every byte it carries. Chromium runs at 4× CPU. For each line, for `/` and
// for a section's address, `runs` fresh first visits each measure:
// - first paint;
// - the address's own heading and first paragraph on screen;
// - the wasm's last byte, and the app running (`lantern:first-content`);
// - offline-ready (the app says so: `[data-net="ready"]`);
// - the bytes on the wire up to offline-ready;
// and then a later open (a reload) and its bytes.
// Beside each step it prints the line time for the bytes that step needs
// (from build.json's brotli sizes) and the ratio of the two, and the floor:
// that line time plus the round trips no page can skip on this line (a new
// connection, the page's request, then one request for what the page names:
// 3), with the ratio to it. Prints a table, then one JSON object.
import { chromium } from 'playwright-core';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

const hub = new URL(process.argv[2] ?? 'http://127.0.0.1:8080');
const dist = process.argv[3] ?? 'dist';
const runs = Number(process.argv[4] ?? 5);
const log = (m) => process.stderr.write(`[first-visit] ${m}\n`);

const LINES = [
  { name: '1.6 Mbps, 150 ms', kbps: 1600, rtt: 150 },
  { name: '700 Kbps, 300 ms', kbps: 700, rtt: 300 },
  { name: '250 Kbps, 600 ms', kbps: 250, rtt: 600 },
];
const SECTION = '/read/introduction';
// Round trips before any step's bytes can all be down: the connection, the
// page, and the stylesheet or app the page asks for.
const TRIPS = 3;

// ---- the bytes each step needs, from the build's own record
const record = JSON.parse(fs.readFileSync(path.join(dist, 'build.json'), 'utf8'));
const size = (p) => record.assets.find((a) => a.path === p)?.brotli ?? 0;
const find = (re) => record.assets.find((a) => re.test(a.path))?.path;
const pageFile = (address) => (address === '/' ? 'index.html' : `${address.slice(1)}/index.html`);
function needs(address) {
  const page = size(pageFile(address));
  const words = page + size(find(/^lantern-[0-9a-f]{16}\.css$/));
  const app = words + size(find(/^boot-[0-9a-f]{16}\.js$/)) + size(find(/^lantern-[0-9a-f]{16}\.js$/)) + size(find(/\.wasm$/)) + size(record.data['report.en']);
  // The first visit's record is for `/`: a deep link also downloads its own page.
  const ready = record.first_visit.brotli + (address === '/' ? 0 : page);
  return { words, app, ready };
}

// ---- the line
function line(kbps, rtt) {
  const rate = (kbps * 1000) / 8 / 1000; // bytes per ms
  const bytes = [0, 0]; // down, up
  const lanes = [makeLane(0), makeLane(1)];
  function makeLane(lane) {
    const queue = [];
    let free = 0; // when the line is next free, in ms
    let timer = null;
    const pump = () => {
      timer = null;
      const now = performance.now();
      while (queue.length) {
        const c = queue[0];
        const start = Math.max(c.ready, free);
        if (start > now) break;
        queue.shift();
        free = start + c.data.length / rate;
        bytes[lane] += c.data.length;
        // Delivered once its last byte has crossed the line.
        setTimeout(() => c.to.destroyed || c.to.write(c.data), Math.max(0, free - now));
      }
      if (queue.length) timer = setTimeout(pump, Math.max(1, Math.max(queue[0].ready, free) - now));
    };
    return (to, data) => {
      // Slices of a packet or so, so connections share the line.
      for (let i = 0; i < data.length; i += 1460) queue.push({ to, data: data.subarray(i, i + 1460), ready: performance.now() + rtt / 2 });
      if (!timer) timer = setTimeout(pump, 0);
    };
  }
  const [down, up] = lanes;
  const server = net.createServer((client) => {
    client.pause();
    const upstream = net.connect(Number(hub.port), hub.hostname);
    // The handshake: a round trip before the first byte.
    setTimeout(() => client.resume(), rtt);
    client.on('data', (d) => up(upstream, d));
    upstream.on('data', (d) => down(client, d));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', () => setTimeout(end, rtt + 2000));
    client.on('error', end);
    upstream.on('error', end);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        // Bytes down and up since the last call.
        take: () => {
          const b = [...bytes];
          bytes.fill(0);
          return b;
        },
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}

// ---- the browser
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Notes in the page when its own words are on screen and when it is ready offline.
const WATCH = () => {
  const w = window;
  w.__words = null;
  w.__ready = null;
  const shown = (el) => !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getClientRects().length > 0;
  const tick = (t) => {
    if (w.__words === null && shown(document.querySelector('main h1')) && shown(document.querySelector('main .section-body p, main .hero p'))) w.__words = t;
    if (w.__ready === null && document.querySelector('[data-net="ready"]')) w.__ready = t;
    if (w.__words === null || w.__ready === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

async function visit(proxy, address) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  proxy.take();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(proxy.url + address, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(() => window.__ready !== null && performance.getEntriesByName('lantern:first-content').length > 0, null, { timeout: 180_000, polling: 100 });
    const got = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      // A frame's callbacks run before its paint: words count from the first paint at the earliest.
      words: Math.max(window.__words, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
      app: performance.getEntriesByName('lantern:first-content')[0]?.startTime ?? null,
      ready: window.__ready,
      // Where the app's time goes: its last byte, then its start.
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
    }));
    // Let the worker's install finish its last bytes before counting.
    await page.waitForTimeout(500);
    [got.bytes, got.up] = proxy.take();
    // A later open: the worker answers; only what the browser must ask goes out.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('lantern:first-content').length > 0, null, { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(500);
    got.later = proxy.take()[0];
    got.errors = errors;
    return got;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => {
  const s = xs.filter((x) => x !== null);
  return s.length ? [Math.min(...s), Math.max(...s)] : null;
};
const secs = (ms) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const times = (x) => (x === null ? '—' : x.toFixed(2));
const out = { runs, cpu_slowdown: 4, lines: [] };
let table = `\nFirst visits through a shaped line (4× CPU, median of ${runs}, range in brackets; line time = the step's bytes at the line's rate; floor = line time + ${TRIPS} round trips)\n`;
try {
  for (const l of LINES) {
    const proxy = await line(l.kbps, l.rtt);
    const result = { ...l, addresses: {} };
    for (const address of ['/', SECTION]) {
      const got = [];
      for (let i = 1; i <= runs; i++) {
        log(`${l.name}: ${address}, run ${i} of ${runs}`);
        try {
          got.push(await visit(proxy, address));
        } catch (e) {
          log(`run failed: ${String(e).split('\n')[0]}`);
        }
      }
      const need = needs(address);
      const lineTime = (bytes) => (bytes * 8) / l.kbps; // ms
      const row = (key, bytes) => {
        const xs = got.map((g) => g[key]);
        const m = median(xs);
        const t = bytes === null ? null : lineTime(bytes);
        const floor = t === null ? null : t + TRIPS * l.rtt;
        return { median_ms: m, range_ms: range(xs), line_ms: t, ratio: m !== null && t ? m / t : null, floor_ms: floor, to_floor: m !== null && floor ? m / floor : null };
      };
      const r = {
        first_paint: row('paint', need.words),
        own_words: row('words', need.words),
        wasm_downloaded: row('wasm', need.app),
        app_running: row('app', need.app),
        offline_ready: row('ready', need.ready),
        bytes_on_wire: { median: median(got.map((g) => g.bytes)), range: range(got.map((g) => g.bytes)), up: median(got.map((g) => g.up)), build_json: need.ready },
        later_open_bytes: { median: median(got.map((g) => g.later)), range: range(got.map((g) => g.later)) },
        errors: got.flatMap((g) => g.errors),
      };
      result.addresses[address] = r;
      table += `\n  ${l.name}, ${address}\n`;
      for (const [name, key] of [['first paint', 'first_paint'], ['own heading and paragraph', 'own_words'], ['wasm downloaded', 'wasm_downloaded'], ['app running', 'app_running'], ['offline-ready', 'offline_ready']]) {
        const v = r[key];
        const [lo, hi] = v.range_ms ?? [null, null];
        table += `    ${name.padEnd(26)} ${secs(v.median_ms).padStart(8)} [${secs(lo)} – ${secs(hi)}]   line time ${secs(v.line_ms).padStart(8)}   ratio ${times(v.ratio)}   floor ${secs(v.floor_ms).padStart(8)}, ratio ${times(v.to_floor)}\n`;
      }
      const b = r.bytes_on_wire;
      const over = b.median === null ? '—' : `${(((b.median - b.build_json) / b.build_json) * 100).toFixed(1)}%`;
      table += `    bytes on the wire, down    ${b.median ?? '—'} (build.json ${b.build_json}, ${over}); up ${b.up ?? '—'}\n`;
      table += `    a later open               ${r.later_open_bytes.median ?? '—'} bytes\n`;
      if (r.errors.length) table += `    errors: ${r.errors.join('; ')}\n`;
    }
    out.lines.push(result);
    await proxy.close();
  }
} finally {
  await browser.close();
}
console.log(table);
console.log(JSON.stringify(out));
