import type { Page } from '@playwright/test';
import { z } from 'zod';
import { explorerMessageSchema } from '../src/lib/embed-messages';
import { expect, test } from './fixtures';
import { APP_ORIGIN, EXAMPLE_HOST_URL, HOST_ORIGIN } from './embed-helpers';

test.use({ allowedOrigins: [HOST_ORIGIN] });

const receivedSchema = z.array(
  z.object({ origin: z.string(), frame: z.string(), data: explorerMessageSchema }),
);

/** Opens the example host (http://localhost) framing the app (http://127.0.0.1) and records what the host receives. */
async function openExampleHost(page: Page) {
  await page.addInitScript(() => {
    const received: unknown[] = [];
    Object.assign(window, { __received: received });
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const frames = [...document.querySelectorAll('iframe')];
      const index = frames.findIndex((f) => f.contentWindow === event.source);
      received.push({
        origin: event.origin,
        data: event.data,
        frame: frames[index]?.parentElement?.id ?? 'unknown',
      });
    });
  });
  await page.goto(EXAMPLE_HOST_URL);
  const map = page.frameLocator('#map-frame iframe');
  const groups = page.frameLocator('#groups-frame iframe');
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(6);
  await expect(groups.getByRole('table', { name: /^Study groups/ })).toBeVisible();
  return { map, groups };
}

async function received(page: Page) {
  return receivedSchema.parse(
    await page.evaluate((): unknown => Reflect.get(window, '__received')),
  );
}

function mapFrame(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('view=map'));
  if (!frame) throw new Error('no map frame');
  return frame;
}

test('framed cross-origin, the app sends ready and resize, and site-selected on a marker or row selection', async ({
  page,
}) => {
  const { map } = await openExampleHost(page);
  await expect
    .poll(async () => (await received(page)).map((m) => `${m.frame}:${m.data.type}`))
    .toEqual(
      expect.arrayContaining([
        'map-frame:ready',
        'groups-frame:ready',
        'map-frame:resize',
        'groups-frame:resize',
      ]),
    );
  for (const message of await received(page)) expect(message.origin).toBe(APP_ORIGIN);
  await map.getByRole('button', { name: /Lanzhou: Recruiting/ }).click();
  await expect(page.getByRole('log', { name: 'Messages from the explorer' })).toContainText(
    'site-selected: site-2 (the First Affiliated Hospital of Lanzhou University, Lanzhou)',
  );
  const last = (await received(page)).at(-1);
  expect(last?.data).toMatchObject({
    source: 'trial-explorer',
    version: 1,
    type: 'site-selected',
    siteId: 'site-2',
  });
});

test('the groups frame is auto-sized from its resize messages', async ({ page }) => {
  await openExampleHost(page);
  const iframe = page.locator('#groups-frame iframe');
  await expect
    .poll(async () => {
      const sizes = (await received(page)).filter(
        (m) => m.frame === 'groups-frame' && m.data.type === 'resize',
      );
      const last = sizes.at(-1)?.data;
      return last?.type === 'resize' ? String(Math.max(150, last.height)) : null;
    })
    .toBe(await iframe.getAttribute('height'));
});

test('resize messages settle: few, and the last heights equal', async ({ page }) => {
  await openExampleHost(page);
  await page.waitForTimeout(1500);
  const resizes = (await received(page)).filter((m) => m.data.type === 'resize');
  for (const frame of ['map-frame', 'groups-frame']) {
    const heights = resizes.flatMap((m) =>
      m.frame === frame && m.data.type === 'resize' ? [m.data.height] : [],
    );
    expect(heights.length, `${frame}: ${heights.join(', ')}`).toBeGreaterThan(0);
    expect(heights.length, `${frame}: ${heights.join(', ')}`).toBeLessThanOrEqual(4);
  }
  const before = resizes.length;
  await page.waitForTimeout(1000);
  expect((await received(page)).filter((m) => m.data.type === 'resize')).toHaveLength(before);
  const frameHeight = await page
    .locator('#map-frame iframe')
    .evaluate((f) => f.getBoundingClientRect().height);
  const mapHeights = resizes.flatMap((m) =>
    m.frame === 'map-frame' && m.data.type === 'resize' ? [m.data.height] : [],
  );
  expect(Math.abs((mapHeights.at(-1) ?? 0) - frameHeight)).toBeLessThanOrEqual(2);
});

test("the host's select-site and set-filter buttons drive the map frame", async ({ page }) => {
  const { map } = await openExampleHost(page);
  await page.getByRole('button', { name: 'Select site 3 on the map' }).click();
  await expect(map.locator('.leaflet-popup')).toContainText('Hainan');
  await expect(map.getByRole('button', { name: /Qionghai: Recruiting/ })).toHaveClass(
    /is-selected/,
  );
  await page.getByRole('button', { name: 'Show recruiting sites only' }).click();
  await expect(map.getByRole('link', { name: 'Open full view' })).toHaveAttribute(
    'href',
    /status=RECRUITING/,
  );
  await map.getByText(/Filter and legend/).click();
  await expect(map.getByRole('radio', { name: /^Recruiting/ })).toBeChecked();
});

test('malformed messages, unknown sites and messages from another window are ignored', async ({
  page,
}) => {
  const { map } = await openExampleHost(page);
  const link = map.getByRole('link', { name: 'Open full view' });
  const before = await link.getAttribute('href');
  // From the parent (right window, right origin) but malformed or unknown.
  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#map-frame iframe')?.contentWindow;
    const bad: unknown[] = [
      'select-site',
      null,
      { source: 'trial-explorer', version: 2, type: 'select-site', siteId: 'site-3' },
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-99' },
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: '<b>' },
      { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'recruiting' },
      { source: 'trial-explorer', version: 1, type: 'explode' },
    ];
    for (const message of bad) target?.postMessage(message, '*');
  });
  // A valid message, but from another window of another origin (the groups frame, on the app's origin).
  const groups = page.frames().find((f) => f.url().includes('view=groups'));
  await groups?.evaluate(() => {
    window.parent.frames[0]?.postMessage(
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3' },
      '*',
    );
  });
  // Then a valid one from the parent: once it has acted, everything sent before it was handled.
  await page.evaluate(() => {
    document
      .querySelector<HTMLIFrameElement>('#map-frame iframe')
      ?.contentWindow?.postMessage(
        { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'RECRUITING' },
        '*',
      );
  });
  await expect(link).toHaveAttribute('href', /status=RECRUITING/);
  expect(before).not.toMatch(/status=|site=/);
  await expect(link).not.toHaveAttribute('href', /site=/);
  await expect(map.locator('.leaflet-popup')).toHaveCount(0);
  expect(mapFrame(page).url()).not.toContain('site=');
});
