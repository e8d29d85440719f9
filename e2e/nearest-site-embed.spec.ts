import { embedSnippet } from '../src/features/embed/embed-snippet';
import { APP_ORIGIN, HOST_ORIGIN, openHostPage, TRIAL } from './embed-helpers';
import { expect, test } from './fixtures';
import {
  dataTable,
  embeddedExplorer,
  nearestSummary,
  placeBox,
  placeSuggestion,
  useMyLocation,
} from './selectors';

const LANZHOU = 'the First Affiliated Hospital of Lanzhou University';
const snippet = (allowLocation: boolean) =>
  embedSnippet({
    origin: APP_ORIGIN,
    base: '/',
    trialId: TRIAL,
    view: 'sites',
    width: 900,
    height: 700,
    allowLocation,
  });
const frameOf = (page: import('@playwright/test').Page) =>
  embeddedExplorer(page, /sites table \(Trial Explorer\)$/);

test.use({
  allowedOrigins: [HOST_ORIGIN],
  geolocation: { latitude: 36.1, longitude: 103.7 },
  permissions: ['geolocation'],
});

test('the sites embed offers the place box and the nearest site', async ({ page }) => {
  await openHostPage(page, HOST_ORIGIN, snippet(false));
  const frame = frameOf(page);
  await placeBox(frame).fill('Shanghai');
  await placeSuggestion(frame, 'Shanghai, China').click();
  await expect(nearestSummary(frame)).toContainText('Tongji Hospital of Tongji University');
  await expect(
    dataTable(frame, 'Sites').getByRole('columnheader', { name: /Distance/ }),
  ).toBeVisible();
});

test('in a frame the host allows (allow="geolocation"), "Use my location" works', async ({
  page,
}) => {
  await openHostPage(page, HOST_ORIGIN, snippet(true));
  const frame = frameOf(page);
  await useMyLocation(frame).click();
  await expect(nearestSummary(frame)).toContainText(LANZHOU);
});

test('in a frame the host does not allow, it says the host site must allow location', async ({
  page,
}) => {
  await openHostPage(page, HOST_ORIGIN, snippet(false));
  const frame = frameOf(page);
  await useMyLocation(frame).click();
  await expect(frame.getByText(/the site showing this page, does not allow it/)).toBeVisible();
  await expect(nearestSummary(frame)).toHaveCount(0);
});
