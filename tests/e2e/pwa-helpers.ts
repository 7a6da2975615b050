import { expect, type Page, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { dist } from './helpers';

const root = path.join(__dirname, '..', '..');
export const hubBin = process.env.LANTERN_HUB ?? path.join(root, 'target', 'debug', 'lantern-hub');
/** Build B: the same app with one sentence of content added (prepared by `cargo xtask test`). */
export const distB = process.env.LANTERN_DIST_B ?? path.join(root, 'target', 'e2e', 'dist-b');
/** Build B with one precached file deleted: a broken deploy. */
export const distBroken = process.env.LANTERN_DIST_BROKEN ?? path.join(root, 'target', 'e2e', 'dist-broken');
export const markerB = process.env.LANTERN_B_MARKER ?? 'This copy of the report comes from test build B.';

export const record = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'build.json'), 'utf8'));

/** A lantern-hub of our own, so a test can stop it (a real outage) or swap the build on the same origin. */
export class Hub {
  private constructor(private child: ChildProcess, public url: string, public port: number) {}

  static async start(dir: string, port = 0, options: string[] = []): Promise<Hub> {
    for (const f of [dir, path.join(dir, 'build.json')]) {
      if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`cargo xtask test\`, which prepares it`);
    }
    // The port is freed a moment after a stop; retry briefly.
    for (let attempt = 0; ; attempt++) {
      const child = spawn(hubBin, ['--port', String(port), ...options, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      const url = await new Promise<string | null>((resolve) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const m = out.match(/listening on (http:\/\/\S+?)\/?\s/);
          if (m) resolve(m[1]);
        });
        child.on('exit', () => resolve(null));
      });
      if (url) return new Hub(child, url, Number(new URL(url).port));
      if (attempt >= 20) throw new Error(`lantern-hub could not listen on port ${port}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async stop() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill();
    await exited;
  }
}

/** Waits for the service worker to control the page with its precache complete. */
export async function readyOffline(page: Page) {
  // By its state, not its words, so it holds in every language.
  await expect(page.locator('[data-net="ready"]')).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/**
 * The Lantern precaches in Cache Storage. (Beside them the worker keeps
 * `lantern-lang:<folder>`, the one line naming the language in use.)
 */
export async function lanternCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('lantern-precache:')));
}

/** Asks the browser to look for a new sw.js now; returns the new worker's final state. */
export async function checkForUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration())!;
    const found = new Promise<ServiceWorker>((resolve) =>
      reg.addEventListener('updatefound', () => resolve(reg.installing!), { once: true }),
    );
    await reg.update();
    const worker = await found;
    const settled = (s: string) => s === 'installed' || s === 'redundant' || s === 'activated';
    if (settled(worker.state)) return worker.state;
    return new Promise<string>((resolve) =>
      worker.addEventListener('statechange', () => settled(worker.state) && resolve(worker.state)),
    );
  });
}

/** Really offline: the server is gone and the browser says so. */
export async function goOffline(context: BrowserContext, hub: Hub) {
  await hub.stop();
  await context.setOffline(true);
}

/**
 * After a reload with the network cut, Debian's Chromium 148 under
 * Playwright tells the new document `navigator.onLine === true` (measured:
 * false before the reload, true after, while every request still fails).
 * Cutting the emulated network again fires the `offline` event that a
 * phone's browser fires when it notices, so the app hears what it would.
 */
export async function offlineAgain(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

export { dist };

/**
 * A proxy in front of a hub that counts the requests reaching a server, per
 * path. `tamper` may answer a request itself (return a body), e.g. to serve
 * damaged bytes once.
 */
export async function countingProxy(target: string, tamper?: (path: string, n: number) => Buffer | null) {
  const counts = new Map<string, number>();
  const up = new URL(target);
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '').split('?')[0];
    const n = (counts.get(p) ?? 0) + 1;
    counts.set(p, n);
    const body = tamper?.(p, n);
    if (body) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=31536000, immutable' });
      res.end(body);
      return;
    }
    const upstream = http.request(
      { host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: () => new Promise((r) => server.close(r)),
  };
}
