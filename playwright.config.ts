import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. `cargo xtask test` sets the
// env vars; the defaults let `npx playwright test` run against `cargo xtask serve`.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: process.env.LANTERN_URL ?? 'http://127.0.0.1:8080',
    viewport: { width: 412, height: 915 },
    launchOptions: {
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
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 412, height: 915 } } }],
});
