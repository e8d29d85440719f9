import type { Page } from '@playwright/test';
import { z } from 'zod';
import { explorerMessageSchema } from '../src/lib/explorer-message-schema';
import { expect, test } from './fixtures';
import { APP_ORIGIN, EXAMPLE_HOST_URL, HOST_ORIGIN } from './embed-helpers';
import {
  dataTable,
  embeddedExplorer,
  embedMessages,
  mapMarker,
  mapMarkers,
  sitePopup,
} from './selectors';

test.use({ allowedOrigins: [HOST_ORIGIN] });

const receivedSchema = z.array(
  z.object({ origin: z.string(), frame: z.string(), data: explorerMessageSchema }),
);

/**
 * Opens the example host (http://localhost) framing the app (http://127.0.0.1) and records what the
 * host receives. In every window (host and frames) `__messageCount` counts the messages it has been
 * sent; this listener is added before the app's, so once the count has moved the app has seen them.
 */
async function openExampleHost(page: Page) {
  await page.addInitScript(() => {
    const received: unknown[] = [];
    Object.assign(window, { __received: received, __messageCount: 0 });
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      Object.assign(window, { __messageCount: Number(Reflect.get(window, '__messageCount')) + 1 });
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
  const map = embeddedExplorer(page, /sites map \(Trial Explorer\)$/);
  const groups = embeddedExplorer(page, /study groups \(Trial Explorer\)$/);
  await expect(mapMarkers(map)).toHaveCount(6);
  await expect(dataTable(groups, 'Study groups')).toBeVisible();
  return { map, groups };
}

async function received(page: Page) {
  return receivedSchema.parse(
    await page.evaluate((): unknown => Reflect.get(window, '__received')),
  );
}

/** The embedded explorer's frame showing `view` (fails the test if there is none). */
function viewFrame(page: Page, view: 'map' | 'groups') {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${view}/`));
  if (!frame) throw new Error(`no ${view} frame on the host page`);
  return frame;
}

/** How many messages the map frame has been sent so far (see openExampleHost). */
async function mapFrameMessages(page: Page): Promise<number> {
  const count = await viewFrame(page, 'map').evaluate((): unknown =>
    Reflect.get(window, '__messageCount'),
  );
  return z.number().parse(count);
}

/** Posts messages to the map frame from the host page; throws if the frame is not there. */
async function postToMapFrame(page: Page, messages: unknown[]): Promise<void> {
  await page.evaluate((messages) => {
    const target = document.querySelector<HTMLIFrameElement>('#map-frame iframe')?.contentWindow;
    if (!target) throw new Error('no map frame to post to');
    for (const message of messages) target.postMessage(message, '*');
  }, messages);
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
  await mapMarker(map, /Lanzhou: Recruiting/).click();
  await expect(embedMessages(page)).toContainText(
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
  // The frame's height and the last report are read together, each time: the host sets the
  // height when a report arrives, so a height read once before the reports would be stale.
  const followed = 'the frame is as high as the last resize says (rounded up, 150 px at least)';
  await expect
    .poll(async () => {
      const sizes = (await received(page)).filter(
        (m) => m.frame === 'groups-frame' && m.data.type === 'resize',
      );
      const last = sizes.at(-1)?.data;
      if (last?.type !== 'resize') return 'no resize message yet';
      const height = await iframe.getAttribute('height');
      return height === String(Math.max(150, Math.ceil(last.height)))
        ? followed
        : `the frame is ${height ?? 'without a height'}, the last resize said ${last.height}`;
    })
    .toBe(followed);
});

test('resize messages settle: few, and each frame ends at the height it last reported', async ({
  page,
}) => {
  await openExampleHost(page);
  /**
   * Per frame: the resize heights the host received, the host's frame height, and the height the
   * app measures (its content box, main's parent) once layout and ResizeObserver have run (two
   * animation frames). Settled means content = last report = frame: the reporter sends only a
   * height that differs from its last one, so from there no further message can come.
   */
  async function sizes(slot: 'map-frame' | 'groups-frame', view: 'map' | 'groups') {
    const heights = (await received(page)).flatMap((m) =>
      m.frame === slot && m.data.type === 'resize' ? [m.data.height] : [],
    );
    const frame = await page
      .locator(`#${slot} iframe`)
      .evaluate((f) => Math.round(f.getBoundingClientRect().height));
    const content = await viewFrame(page, view).evaluate(
      () =>
        new Promise<number>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const box = document.querySelector('main')?.parentElement;
              resolve(box ? Math.ceil(box.getBoundingClientRect().height) : Number.NaN);
            }),
          );
        }),
    );
    return { heights, frame, content };
  }
  const settled = (s: { heights: number[]; frame: number; content: number }) =>
    s.heights.at(-1) === s.content && Math.abs(Math.max(150, s.content) - s.frame) <= 2;
  for (const [slot, view] of [
    ['map-frame', 'map'],
    ['groups-frame', 'groups'],
  ] as const) {
    await expect
      .poll(
        async () => {
          const s = await sizes(slot, view);
          return settled(s) ? 'settled' : JSON.stringify(s);
        },
        { message: `${slot}: reported heights, frame height, content height` },
      )
      .toBe('settled');
    const { heights } = await sizes(slot, view);
    expect(heights.length, `${slot}: ${heights.join(', ')}`).toBeGreaterThan(0);
    expect(heights.length, `${slot}: ${heights.join(', ')}`).toBeLessThanOrEqual(4);
  }
});

test("the host's select-site and set-filter buttons drive the map frame", async ({ page }) => {
  const { map } = await openExampleHost(page);
  await page.getByRole('button', { name: 'Select site 3 on the map' }).click();
  await expect(sitePopup(map)).toContainText('Hainan');
  await expect(mapMarker(map, /Qionghai: Recruiting/)).toHaveClass(/is-selected/);
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
  await expect(link).not.toHaveAttribute('href', /status=|site=/);
  const before = await mapFrameMessages(page);
  // From the parent (right window, right origin) but malformed or unknown.
  const bad: unknown[] = [
    'select-site',
    null,
    { source: 'trial-explorer', version: 2, type: 'select-site', siteId: 'site-3' },
    { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-99' },
    { source: 'trial-explorer', version: 1, type: 'select-site', siteId: '<b>' },
    { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'recruiting' },
    { source: 'trial-explorer', version: 1, type: 'explode' },
  ];
  await postToMapFrame(page, bad);
  // A valid message, but from another window (the groups frame, a sibling on the app's origin).
  await viewFrame(page, 'groups').evaluate(() => {
    // The host's first frame is the map's (the groups frame is the second).
    const map = window.parent.frames[0];
    if (!map || map === window) throw new Error('the groups frame sees no map frame');
    map.postMessage(
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3' },
      '*',
    );
  });
  // Every one has reached the map frame (and so its app listener) before anything is checked.
  await expect.poll(() => mapFrameMessages(page)).toBe(before + bad.length + 1);
  await expect(link).not.toHaveAttribute('href', /status=|site=/);
  await expect(sitePopup(map)).toHaveCount(0);
  expect(viewFrame(page, 'map').url()).not.toMatch(/[?&](site|status)=/);
  // The same channel takes the valid forms from the parent: the ones above were ignored for what they were.
  await postToMapFrame(page, [
    { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3' },
    { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'RECRUITING' },
  ]);
  await expect(sitePopup(map)).toContainText('Hainan');
  await expect(link).toHaveAttribute('href', /status=RECRUITING/);
});
