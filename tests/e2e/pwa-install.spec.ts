import { test, expect, chromium } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import config from '../../playwright.config';
import { appReady } from './helpers';
import { readyOffline } from './pwa-helpers';

const base = process.env.LANTERN_URL ?? 'http://127.0.0.1:8080';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/**
 * A browser on a profile of its own. Debian's Chromium has crashed (SIGSEGV) while starting, before any
 * page, in 1 CI run of many; a crash there says nothing about the app, so the launch alone is tried again.
 */
async function launchProfile(profile: string) {
  const launch = config.use!.launchOptions!;
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launchPersistentContext(profile, {
        executablePath: launch.executablePath,
        args: launch.args,
        viewport: { width: 412, height: 915 },
      });
    } catch (e) {
      if (attempt >= 3) throw e;
      console.warn(`Chromium did not start (attempt ${attempt}): ${String(e).split('\n')[0]}`);
    }
  }
}

test('Chromium reports the app installable', async () => {
  // The default (incognito-like) context answers `in-incognito`; a profile on disk does not.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-install-'));
  const context = await launchProfile(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base + '/');
    await appReady(page);
    await readyOffline(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(base + '/manifest.webmanifest');
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 15_000 })
      .toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest names the app, works under any path, and its icons are real PNGs of the stated sizes', async ({ request, page }) => {
  const res = await request.get(base + '/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const m = await res.json();
  expect(m.short_name).toBe('Lantern');
  expect(m.name).toContain('Lantern');
  expect(m.description.length).toBeGreaterThan(40);
  expect(m.lang).toBe('en');
  expect(m.display).toBe('standalone');
  // Relative to the manifest, so a build under /lantern/ stays inside /lantern/.
  expect(m.start_url).toBe('./');
  expect(m.scope).toBe('./');
  expect(m.theme_color).toBe('#8a4b00');
  expect(m.background_color).toBe('#fffdf7');
  expect(m.shortcuts.map((s: { url: string }) => s.url)).toEqual(['./quiz', './facilitate']);
  const pngs = m.icons.filter((i: { type: string }) => i.type === 'image/png');
  for (const purpose of ['any', 'maskable']) {
    for (const size of [192, 512]) {
      expect(pngs.some((i: { purpose: string; sizes: string }) => i.purpose === purpose && i.sizes === `${size}x${size}`), `${purpose} ${size}`).toBe(true);
    }
  }
  for (const icon of m.icons) {
    const r = await request.get(new URL(icon.src, base + '/manifest.webmanifest').href);
    expect(r.ok(), icon.src).toBe(true);
    if (icon.type === 'image/png') {
      const [w, h] = pngSize(await r.body());
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
  }
  // The page links the manifest, a theme colour, the favicons and the apple-touch-icon.
  await page.goto(base + '/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', 'manifest.webmanifest');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#8a4b00');
  const touch = await request.get(base + '/' + (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')));
  expect(pngSize(await touch.body())).toEqual([180, 180]);
  const favicon = await request.get(base + '/icons/favicon-32.png');
  expect(pngSize(await favicon.body())).toEqual([32, 32]);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute('href', 'icons/lantern.svg');
});
