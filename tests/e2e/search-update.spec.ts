import { test, expect } from '@playwright/test';
import { appReady } from './helpers';
import { Hub, dist, distB, markerB } from './pwa-helpers';

// The stored copy is what a repeat visit searches first; a newer report that
// arrives in the background must bring its own index, or results would point
// at the wrong sections.
test.use({ serviceWorkers: 'block' });

test('search follows a newer report that arrives while the page is open', async ({ page }) => {
  let hub = await Hub.start(dist);
  try {
    await page.goto(hub.url + '/read/introduction');
    await appReady(page);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lantern.data.report.en')?.length ?? 0)).toBeGreaterThan(10_000);
    // Deploy B on the same origin; hold B's report until A's copy has been searched.
    await hub.stop();
    hub = await Hub.start(distB, hub.port);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/data\/report\.en\.[0-9a-f]{16}\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    const words = 'comes from test build';
    await page.goto(hub.url + '/search?q=' + encodeURIComponent(words));
    await appReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'No sections match' })).toBeVisible();
    release();
    const hit = page.locator('.hits li').first();
    await expect(hit.getByRole('link')).toHaveText('Conclusion');
    await expect(hit.locator('.snippet')).toContainText(markerB.split(' ').slice(-3).join(' ').replace('.', ''));
  } finally {
    await hub.stop();
  }
});
