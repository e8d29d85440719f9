import type { Page } from '@playwright/test';
import type { Json } from '../src/test-support/json-value';
import { expect, test } from './fixtures';
import { LONG_WORD, serveModifiedResults, withHostileResults } from './hostile-results';
import { expectNothingRan, watch } from './inert-page';
import { studyRecord } from './records/published-results';
import { jsonFile, set } from './records/record-files';
import {
  adverseEventsTable,
  adverseEventTerms,
  aeOrganSystemFilter,
  dataTable,
  definitionValue,
  openRecordButton,
  outcomeMeasure,
  outcomeMeasures,
  recordFileInput,
  recordProblems,
  resultsSection,
  sectionLink,
  trialTitle,
  resultsPart,
  resultsPartsNav,
  resultsTable,
  trialPath,
} from './selectors';

const TRIAL = 'NCT02552212';

test('results with markup, script URLs, CSS, bidi overrides and a 5,000-letter word in every field show them as text, and nothing runs', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  const { served } = await serveModifiedResults(page, TRIAL, withHostileResults);
  await page.goto(`${trialPath(TRIAL)}#results`);
  const file = await served;
  await expect(resultsPartsNav(page)).toBeVisible();
  const outcomes = file.results.outcomeMeasures?.outcomeMeasures ?? [];
  const first = outcomes[0];
  if (!first?.title) throw new Error('no first outcome');
  expect(first.title).toContain(LONG_WORD);

  // Every outcome is there, its title the literal text (markup and all).
  await expect(outcomeMeasures(page)).toHaveCount(outcomes.length);
  await expect(outcomeMeasures(page).getByRole('heading', { level: 5 }).first()).toHaveText(
    first.title,
  );
  const second = outcomes[1]?.title ?? '';
  expect(second).toMatch(/<|javascript:|\u202E/);
  await expect(page.getByText(second, { exact: true }).first()).toBeVisible();

  // Charts are still drawn for the outcomes whose numbers were kept, with hostile labels as text.
  await expect(outcomeMeasures(page).getByRole('img').first()).toBeVisible();
  const labels = await outcomeMeasures(page)
    .getByRole('img')
    .first()
    .locator('text')
    .allTextContents();
  expect(labels.join(' ')).toMatch(/<img src=x|<script>|javascript:|\u202E|evil\.example/);

  // The flow diagrams and the adverse-event dot chart are drawn, their labels literal text.
  const flow = resultsPart(page, 'Participant flow');
  await expect(flow.getByRole('img')).toHaveCount(6);
  expect((await flow.getByRole('img').first().locator('text').allTextContents()).join(' ')).toMatch(
    /<img src=x|<script>|javascript:|\u202E|evil\.example|<\/style>|<svg onload/,
  );
  const events = resultsPart(page, 'Adverse events');
  await expect(events.getByRole('img')).toHaveCount(1);
  expect((await events.getByRole('img').locator('text').allTextContents()).join(' ')).toMatch(
    /<img src=x|<script>|javascript:|\u202E|evil\.example|<\/style>|<svg onload/,
  );
  // Every term is in its table, the 5,000-letter one too; the organ systems' options are text.
  const serious = adverseEventsTable(page, 'Serious');
  await expect(adverseEventTerms(serious)).toHaveCount(36);
  await expect(adverseEventTerms(serious).filter({ hasText: LONG_WORD })).toHaveCount(1);
  const organSystem = file.results.adverseEvents?.seriousEvents[0]?.organSystem ?? '';
  expect(organSystem).toMatch(/<|javascript:|\u202E|evil\.example/);
  await aeOrganSystemFilter(page).selectOption(organSystem);
  await expect(adverseEventTerms(serious)).toContainText([LONG_WORD]);

  // The baseline table's first group, 5,000 letters long, is a column header; the page keeps its width.
  const baseline = resultsTable(
    resultsPart(page, 'Baseline characteristics'),
    /^Baseline characteristics/,
  );
  await expect(baseline.getByRole('columnheader').nth(1)).toContainText(LONG_WORD);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  // A contact "phone" of script text is text; a file name with a bidi override is not made a link.
  await expect(definitionValue(resultsPart(page, 'More information'), 'Phone')).toContainText(
    'javascript:window.__xss=1',
  );
  await expect(resultsPart(page, 'Documents')).toContainText(
    '(not linked: this file name cannot be made a safe ClinicalTrials.gov address)',
  );

  await expectNothingRan(page, baseURL, seen);
});

/** NCT02552212's record (data/studies), changed by `change`, opened through "Open a record". */
async function openBroken(page: Page, change: (record: Record<string, Json>) => void) {
  const record = studyRecord(TRIAL);
  change(record);
  await page.goto(trialPath('NCT01573923'));
  await openRecordButton(page).click();
  await recordFileInput(page).setInputFiles([jsonFile('broken-results.json', record)]);
  await expect(page).toHaveURL(new RegExp(`\\?trial=${TRIAL}&source=file$`));
}

/** The protocol sections are all there: a broken results section hides none of them. */
async function expectProtocolShown(page: Page): Promise<void> {
  await expect(trialTitle(page)).toHaveText(/Certolizumab Pegol Compared to Placebo/);
  await expect(page.getByRole('region', { name: 'Eligibility' })).toContainText('Inclusion');
  await expect(dataTable(page, 'Sites')).toHaveAccessibleName(/^Sites \(105\)/);
  await expect(dataTable(page, 'Study groups').locator('tbody tr')).not.toHaveCount(0);
}

test('a record opened from a file shows its own results, fetching none', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openBroken(page, () => undefined);
  await sectionLink(page, 'Results').click();
  await expect(outcomeMeasures(page)).toHaveCount(31);
  await expect(adverseEventTerms(adverseEventsTable(page, 'Serious'))).toHaveCount(36);
  await expect(recordProblems(page)).toHaveCount(0);
  expect(requests.filter((url) => url.includes('/data/results/'))).toEqual([]);
});

test.describe('a record whose results section is broken', () => {
  test('a results section that is not an object: the protocol is shown, and the Results section names the problem', async ({
    page,
  }) => {
    await openBroken(page, (record) => set(record, ['resultsSection'], 'oops'));
    await expectProtocolShown(page);
    await expect(recordProblems(page)).toContainText(
      'resultsSection: expected an object, got "oops"',
    );
    await sectionLink(page, 'Results').click();
    const section = resultsSection(page);
    await expect(section).toContainText('Invalid in the record');
    await expect(section).toContainText('resultsSection: expected an object, got "oops"');
    // Nothing claims the record has no results: it has them, invalid.
    await expect(section.getByText(/^The record has no /)).toHaveCount(0);
  });

  test('wrong types and a negative count: each problem is shown where its part or outcome belongs, the rest as published', async ({
    page,
  }) => {
    await openBroken(page, (record) => {
      set(record, ['resultsSection', 'baselineCharacteristicsModule'], []);
      set(record, ['resultsSection', 'outcomeMeasuresModule', 'outcomeMeasures', 0, 'title'], 42);
      set(
        record,
        ['resultsSection', 'outcomeMeasuresModule', 'outcomeMeasures', 1, 'groups'],
        'nope',
      );
      set(
        record,
        ['resultsSection', 'adverseEventsModule', 'seriousEvents', 0, 'stats', 0, 'numAffected'],
        -1,
      );
    });
    await expectProtocolShown(page);
    const problems = recordProblems(page);
    await expect(problems).toContainText('The record has 4 invalid values.');
    for (const line of [
      'resultsSection.baselineCharacteristicsModule: expected an object, got a list',
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[0].title: expected a string, got 42',
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[1].groups: expected a list, got "nope"',
      'resultsSection.adverseEventsModule.seriousEvents[0].stats[0].numAffected: expected a count of 0 or more, got -1',
    ]) {
      await expect(problems.getByRole('listitem').filter({ hasText: line })).toHaveCount(1);
    }

    await sectionLink(page, 'Results').click();
    const baseline = resultsPart(page, 'Baseline characteristics');
    await expect(baseline).toContainText('Invalid in the record');
    await expect(baseline).toContainText(
      'resultsSection.baselineCharacteristicsModule: expected an object, got a list',
    );
    const untitled = outcomeMeasure(page, 'Untitled outcome measure');
    await expect(untitled).toContainText(
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[0].title',
    );
    await expect(
      outcomeMeasure(page, /^Percentage of Subjects With Axial SpondyloArthritis .* at Week 12$/),
    ).toContainText('resultsSection.outcomeMeasuresModule.outcomeMeasures[1].groups');
    // The serious event with the negative count keeps its row, the invalid figure named in it.
    const glaucoma = adverseEventsTable(page, 'Serious')
      .locator('tbody tr')
      .filter({ has: page.getByText('Glaucoma', { exact: true }) });
    await expect(glaucoma).toContainText('Invalid in the record');
    await expect(glaucoma).toContainText(
      'resultsSection.adverseEventsModule.seriousEvents[0].stats[0].numAffected',
    );
    await expect(adverseEventTerms(adverseEventsTable(page, 'Serious'))).toHaveCount(36);
    // The other 29 outcomes are as published.
    await expect(outcomeMeasures(page)).toHaveCount(31);
    await expect(
      outcomeMeasure(page, 'Certolizumab Pegol Plasma Concentration at Week 4').getByRole('img'),
    ).toBeVisible();
  });
});

/** What Chromium logs for a request the test aborted, from that URL only. */
const abortedRequest = (url: RegExp) =>
  new RegExp(`^Failed to load resource: net::ERR_FAILED @ .*${url.source}`);
const RESULTS_FILE = /\/data\/results\/NCT02552212\.json$/;
const RESULTS_CHUNK = /\/assets\/results-body-[^/]*\.js$/;

test.describe('a results file that fails to load', () => {
  test.use({ expectedConsoleErrors: [abortedRequest(RESULTS_FILE)] });

  test('the Results section says so with a retry that loads them; the rest of the page stays', async ({
    page,
  }) => {
    await page.route(RESULTS_FILE, (route) => route.abort());
    await page.goto(`${trialPath(TRIAL)}#results`);
    const failure = resultsSection(page)
      .getByRole('alert')
      .filter({ hasText: 'The results could not be shown' });
    await expect(failure).toBeVisible();
    await expect(dataTable(page, 'Sites')).toHaveAccessibleName(/^Sites \(105\)/);
    await page.unroute(RESULTS_FILE);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(outcomeMeasures(page)).toHaveCount(31);
    await expect(failure).toHaveCount(0);
  });
});

test.describe('a results chunk that fails to load', () => {
  test.use({ expectedConsoleErrors: [abortedRequest(RESULTS_CHUNK)] });

  test('the Results section says so with a retry that loads it', async ({ page }) => {
    await page.route(RESULTS_CHUNK, (route) => route.abort());
    await page.goto(`${trialPath(TRIAL)}#results`);
    const failure = resultsSection(page).getByRole('alert');
    await expect(failure).toContainText('Failed to fetch dynamically imported module');
    await page.unroute(RESULTS_CHUNK);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(outcomeMeasures(page)).toHaveCount(31);
    await expect(resultsSection(page).getByRole('alert')).toHaveCount(0);
  });
});
