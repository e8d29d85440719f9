import type { APIRequestContext, Page } from '@playwright/test';
import { unescapeHtml } from '../src/lib/html-escape';
import { trialSchema, type Contact, type Trial } from '../src/trial/trial-schema';
import { pageProblems } from '../scripts/prerender/page-checks';
import { expect, test } from './fixtures';
import {
  columnHeader,
  dataTable,
  legacyTrialPath,
  selectedSiteRow,
  trialPath,
  trialTitle,
  TRIAL_SECTION_HEADINGS,
} from './selectors';

/**
 * The prerendered pages (issue 13): each bundled trial's HTML is complete before any script runs,
 * React takes it over without changing it, and the address's view state is applied after.
 */
const TRIAL = 'NCT01573923';

async function builtTrial(request: APIRequestContext, nctId = TRIAL): Promise<Trial> {
  const response = await request.get(`/data/trials/${nctId}.json`);
  return trialSchema.parse(await response.json());
}

/** Holds the app's scripts until `release` is called: the page as a reader sees it before they run. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the page's style sheets have loaded: what the reader first sees (the browser paints
 * nothing before them), and what boot.js's hiding rule needs.
 */
async function stylesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')];
    return (
      document.querySelector('#root h1') !== null &&
      sheets.length > 0 &&
      sheets.every((link) => link instanceof HTMLLinkElement && link.sheet !== null)
    );
  });
}

test('the served HTML of a trial holds its title, every official, every site and the map picture', async ({
  request,
}) => {
  const trial = await builtTrial(request);
  const response = await request.get(trialPath(TRIAL));
  expect(response.headers()['content-type']).toMatch(/^text\/html/);
  const html = await response.text();
  // The text as a reader gets it (React writes an apostrophe as &#x27;).
  const text = unescapeHtml(html.replaceAll('&#x27;', "'"));
  expect(html).toContain(`<h1`);
  expect(text).toContain(trial.briefTitle ?? '');
  expect(trial.officials).toHaveLength(9);
  for (const official of trial.officials) expect(text).toContain(official.person.name);
  expect(trial.sites).toHaveLength(6);
  for (const site of trial.sites) expect(text).toContain(site.facility ?? '');
  expect(html).toMatch(/<img[^>]*class="map-picture"[^>]*src="\/data\/maps\/NCT01573923\.svg"/);
  expect(html).toContain(`<link rel="canonical" href="/trials/${TRIAL}/"`);
  expect(pageProblems(trialPath(TRIAL), html)).toEqual([]);
});

test('every prerendered page keeps the CSP: the policy in its head, no inline script or style', async ({
  request,
}) => {
  const catalog: unknown = await (await request.get('/data/catalog.json')).json();
  const ids = JSON.stringify(catalog).match(/NCT\d{8}/g) ?? [];
  expect(ids.length).toBeGreaterThan(2);
  for (const path of ['/', ...new Set(ids)].map((id) => (id === '/' ? id : trialPath(id)))) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;;/,
    );
    expect(html, path).toContain('data-prerendered="');
    expect(pageProblems(path, html)).toEqual([]);
  }
});

test('with JavaScript off the whole trial reads: every section, every table row, contacts as links', async ({
  browser,
  request,
}) => {
  const trial = await builtTrial(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(trialPath(TRIAL));
  await expect(trialTitle(page)).toHaveText(trial.briefTitle ?? '');
  for (const heading of TRIAL_SECTION_HEADINGS) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(dataTable(page, 'Investigators').locator('tbody tr')).toHaveCount(9);
  const siteRows = dataTable(page, 'Sites').locator('tbody tr');
  await expect(siteRows).toHaveCount(6);
  // In the record's order.
  await expect(siteRows.first()).toContainText(trial.sites[0]?.facility ?? '');
  await expect(siteRows.last()).toContainText(trial.sites[5]?.facility ?? '');
  const phones = (contacts: readonly Contact[]) =>
    contacts.filter((contact) => contact.phone).length;
  const sitePhones = phones(trial.sites.flatMap((site) => site.contacts));
  const centralPhones = phones(trial.centralContacts);
  const sitesWithout = trial.sites.filter((site) => site.contacts.length === 0).length;
  expect(sitePhones).toBeGreaterThan(0);
  // The contacts sections, and the sites table: each site's own, or the central ones where it has none.
  await expect(page.locator('main a[href^="tel:"]')).toHaveCount(
    centralPhones + sitePhones + sitePhones + sitesWithout * centralPhones,
  );
  await expect(page.getByRole('img', { name: /map of the trial's 6 sites/i })).toBeVisible();
  // Controls that only work with JavaScript are not offered.
  await expect(page.getByRole('button', { name: 'Embed this trial' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open a record' })).toBeHidden();
  await context.close();
});

test('hydration keeps the page as drawn: the title and the sites table do not move', async ({
  page,
}) => {
  const release = await holdScripts(page);
  // 'commit': the module scripts (held) would hold DOMContentLoaded back.
  await page.goto(trialPath(TRIAL), { waitUntil: 'commit' });
  const title = trialTitle(page);
  const sites = dataTable(page, 'Sites');
  await stylesLoaded(page);
  await expect(title).toBeVisible();
  const before = { title: await title.boundingBox(), sites: await sites.boundingBox() };
  release();
  await page.locator('html[data-app="hydrated"]').waitFor({ state: 'attached' });
  // A frame after hydration, with everything React does right after it (the URL state) done.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect({ title: await title.boundingBox(), sites: await sites.boundingBox() }).toEqual(before);
  // The place box arrives with the sites' lazy chunk, into the room the page kept for it.
  await page.getByTestId('nearest-panel').waitFor();
  expect(await sites.boundingBox()).toEqual(before.sites);
});

test('a shared link’s sort and selected site are applied right after hydration', async ({
  page,
}) => {
  await page.goto(`${trialPath(TRIAL)}?sitesSort=-city&site=site-2`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  await expect(columnHeader(page, 'Sites', 'City')).toHaveAttribute('aria-sort', 'descending');
  await expect(selectedSiteRow(page)).toContainText('Lanzhou');
  const cities = await dataTable(page, 'Sites')
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
  expect(cities).toEqual([...cities].sort((a, b) => b.localeCompare(a)));
});

test('the first trial is the home page, hydrated, and its address is canonical', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', trialPath(TRIAL));
  await expect(page).toHaveTitle(/\(NCT01573923\) · Trial Explorer$/);
});

test('an earlier link to another trial never shows the home page’s trial first', async ({
  page,
  request,
}) => {
  const other = await builtTrial(request, 'NCT02552212');
  const release = await holdScripts(page);
  await page.goto(legacyTrialPath('NCT02552212'), { waitUntil: 'commit' });
  // The prerendered first trial is in the document, hidden until the right page replaces it (a
  // CSS locator: a role query does not find what is hidden).
  await stylesLoaded(page);
  await expect(page.locator('h1')).toHaveText(/Umbilical Mesenchymal Stem Cells/);
  await expect(page.locator('h1')).toBeHidden();
  release();
  await expect(trialTitle(page)).toHaveText(other.briefTitle ?? '');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered');
});

test('the trial switcher moves to a trial’s own address without reloading the page', async ({
  page,
  request,
}) => {
  const other = await builtTrial(request, 'NCT02552212');
  await page.goto(trialPath(TRIAL));
  await page.evaluate(() => {
    document.documentElement.dataset.sameDocument = 'yes';
  });
  await page
    .getByRole('navigation', { name: 'Trials' })
    .getByRole('link', { name: 'NCT02552212' })
    .click();
  await expect(trialTitle(page)).toHaveText(other.briefTitle ?? '');
  expect(new URL(page.url()).pathname).toBe(trialPath('NCT02552212'));
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
  await expect(page).toHaveTitle(/\(NCT02552212\) · Trial Explorer$/);
});

test('a trial page’s address with an unknown trial says so', async ({ page }) => {
  await page.goto(trialPath('NCT00000000'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trial not found');
});

test('a long trial’s page links to every site and investigator, listed whole without JavaScript', async ({
  browser,
  request,
}) => {
  const large = await builtTrial(request, 'NCT99999001');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(trialPath('NCT99999001'));
  // The windowed table prerenders its first rows only; the link leads to the rest.
  await expect(dataTable(page, 'Sites').locator('tbody tr')).toHaveCount(50);
  const link = page.getByRole('region', { name: 'Sites', exact: true }).getByRole('link', {
    name: 'Every site and investigator, with their contacts, on one plain page',
  });
  await link.click();
  await expect(page).toHaveURL(/\/trials\/NCT99999001\/lists\/$/);
  const sites = page.getByRole('region', { name: /^Sites and their contacts/ });
  // A 2,000-row static page: parsing it takes seconds on a loaded CI machine.
  await expect(sites.locator('tbody > tr')).toHaveCount(large.sites.length, { timeout: 20_000 });
  await expect(sites.locator('tbody > tr').last()).toContainText(
    large.sites.at(-1)?.facility ?? '?',
  );
  await expect(page.locator('script')).toHaveCount(0);
  await context.close();
});
