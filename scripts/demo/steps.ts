import { expect as baseExpect, type Page } from '@playwright/test';
import {
  basemapShapes,
  columnHeader,
  dataTable,
  EMBED_EXAMPLE_PATH,
  embedButton,
  embedCode,
  embedDialog,
  embeddedExplorer,
  embedMessages,
  headerText,
  mapLegend,
  mapMarker,
  nearestSummary,
  placeBox,
  placeSuggestion,
  siteButton,
  sitesMap,
  sitePopup,
  sortButton,
  statusFilter,
  trialPath,
  trialTitle,
} from '../../e2e/selectors';
import { highlight } from './caption-overlay';

export interface DemoStep {
  /** kebab-case; the screenshot is `NN-name.png`. */
  name: string;
  /** What the presenter says, shown on the page while the step runs. */
  caption: string;
  /** Why this build cannot show the step (it is then skipped, not failed); null when it can. */
  unavailable?: (page: Page) => Promise<string | null>;
  /** Acts, then waits until the page shows the result (conditions, never sleeps). */
  run: (page: Page) => Promise<void>;
}

const TRIAL = 'NCT01573923';

/** Conditions wait up to 15 s (the first load builds nothing, but a cold browser is slow). */
const expect = baseExpect.configure({ timeout: 15_000 });

/** vite preview answers unknown paths with the app's index.html: a real page has other content. */
async function servesOwnPage(page: Page, path: string): Promise<boolean> {
  const [own, index] = await Promise.all([page.request.get(path), page.request.get('/')]);
  return own.ok() && (await own.text()) !== (await index.text());
}

export const DEMO_STEPS: readonly DemoStep[] = [
  {
    name: 'open-trial',
    caption: `${TRIAL}: stem cells for liver cirrhosis, six hospitals in China`,
    run: async (page) => {
      await page.goto(trialPath(TRIAL));
      await expect(trialTitle(page)).toBeVisible();
      await expect(mapMarker(page, /: Recruiting$/)).toHaveCount(6);
      await expect(basemapShapes(page).first()).toBeAttached();
    },
  },
  {
    name: 'status-and-phase',
    caption: 'Status and phase at a glance: "Unknown status" is explained, the phase is in words',
    run: async (page) => {
      await highlight(headerText(page, 'Unknown status'));
      await highlight(headerText(page, 'Phase 1/Phase 2'));
    },
  },
  {
    name: 'sort-investigators-by-role',
    caption: 'Investigators sorted by role: study chair first, then directors, then site PIs',
    run: async (page) => {
      await dataTable(page, 'Investigators').scrollIntoViewIfNeeded();
      await sortButton(page, 'Investigators', 'Role').click();
      await expect(columnHeader(page, 'Investigators', 'Role')).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await expect(page).toHaveURL(/investigatorsSort=role/);
    },
  },
  {
    name: 'filter-recruiting-sites',
    caption: 'Only recruiting sites: the filter applies to the sites table and the map together',
    run: async (page) => {
      await dataTable(page, 'Sites').scrollIntoViewIfNeeded();
      await statusFilter(page, /^Recruiting/).check();
      await expect(page).toHaveURL(/status=RECRUITING/);
      await expect(mapLegend(page)).toContainText('Recruiting');
    },
  },
  {
    name: 'select-site-on-map',
    caption: 'Select a site in the table: its marker lights up on the map',
    run: async (page) => {
      await siteButton(page, 'Tongji Hospital of Tongji University').click();
      await expect(mapMarker(page, /Tongji Hospital.*: Recruiting$/)).toHaveClass(/is-selected/);
      await expect(sitePopup(page)).toContainText('Tongji Hospital of Tongji University');
    },
  },
  {
    name: 'open-site-popup',
    caption: 'Click a marker: its popup gives the place, status and contacts',
    run: async (page) => {
      // Shanghai's popup panned the map east; one step out brings every site back in view.
      await sitesMap(page).getByRole('button', { name: 'Zoom out' }).click();
      await mapMarker(page, /Lanzhou: Recruiting$/).click();
      await expect(sitePopup(page)).toContainText('Xun Li');
      await expect(dataTable(page, 'Sites').locator('tr[data-selected]')).toContainText('Lanzhou');
    },
  },
  {
    name: 'nearest-site',
    caption:
      'Find the sites nearest to a city: distances, the nearest recruiting site and whom to call',
    unavailable: async (page) =>
      (await placeBox(page).count()) === 0 ? 'place box not in this build' : null,
    run: async (page) => {
      await placeBox(page).scrollIntoViewIfNeeded();
      await placeBox(page).fill('Shanghai');
      await placeSuggestion(page, 'Shanghai, China').click();
      await expect(nearestSummary(page)).toContainText('Tongji Hospital of Tongji University');
      await expect(columnHeader(page, 'Sites', 'Distance')).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await expect(sitesMap(page).locator('.near-point-marker')).toHaveCount(1);
    },
  },
  {
    name: 'embed-dialog',
    caption: 'Embed this trial: pick a view and copy the code',
    unavailable: async (page) =>
      (await embedButton(page).count()) === 0 ? 'embed dialog not in this build' : null,
    run: async (page) => {
      await embedButton(page).click();
      await expect(embedDialog(page)).toBeVisible();
      await expect(embedCode(page)).not.toBeEmpty();
      const preview = embedDialog(page).locator('iframe').contentFrame();
      await expect(mapMarker(preview, /: Recruiting$/)).toHaveCount(6);
      await expect(basemapShapes(preview).first()).toBeAttached();
    },
  },
  {
    name: 'embed-example-host',
    caption: 'A host page embedding two explorer views, with the messages they post',
    unavailable: async (page) =>
      (await servesOwnPage(page, EMBED_EXAMPLE_PATH))
        ? null
        : 'embed example page not in this build',
    run: async (page) => {
      await page.goto(EMBED_EXAMPLE_PATH);
      const map = embeddedExplorer(page, /sites map \(Trial Explorer\)$/);
      await expect(mapMarker(map, /: Recruiting$/)).toHaveCount(6);
      await expect(basemapShapes(map).first()).toBeAttached();
      const groups = embeddedExplorer(page, /study groups \(Trial Explorer\)$/);
      await expect(dataTable(groups, 'Study groups')).toBeVisible();
      await expect(embedMessages(page)).toBeAttached();
    },
  },
];
