import type { Locator, Page, Request } from '@playwright/test';
import { resultsFileSchema } from '../src/trial/results/results-file-schema';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { publishedResults } from './records/published-results';
import {
  adverseEventsColumn,
  adverseEventsFilters,
  adverseEventsTable,
  adverseEventTerms,
  aeFilterStatus,
  aeGroupColumn,
  aeOrganSystemFilter,
  aeTermFilter,
  definitionValue,
  flowDiagram,
  flowTable,
  escapeRegExp,
  outcomeMeasure,
  outcomeMeasures,
  RESULTS_PART_IDS,
  RESULTS_PART_NAMES,
  resultsChart,
  resultsPart,
  resultsPartsNav,
  resultsSection,
  resultsTable,
  sectionLink,
  trialHeader,
  trialPath,
  trialTitle,
} from './selectors';

const TRIAL = 'NCT02552212';
const published = publishedResults(TRIAL);

const RESULTS_FILE = /\/data\/results\/NCT02552212\.json$/;
/** The results' own chunk (every part and chart), fetched with the results file. */
const RESULTS_CHUNK = /\/assets\/results-body-[^/]*\.js$/;

/** Every request the page makes, from now on. */
function requestsOf(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}
const matching = (requests: Request[], url: RegExp) =>
  requests.filter((request) => url.test(request.url())).length;

/** Opens the trial at its Results section (a link to #results loads them at once). */
async function openResults(page: Page, hash = '#results'): Promise<void> {
  await page.goto(`${trialPath(TRIAL)}${hash}`);
  await expect(resultsPartsNav(page)).toBeVisible();
}

test.describe('loading', () => {
  test('the results are not fetched with the page, only once the reader scrolls near the Results section', async ({
    page,
  }) => {
    const requests = requestsOf(page);
    await page.goto(trialPath(TRIAL));
    await expect(trialTitle(page)).toHaveText(/Certolizumab Pegol Compared to Placebo/);
    // Everything the first view asks for has arrived (the map, its outlines, the sites table).
    await page.waitForLoadState('networkidle');
    expect(matching(requests, RESULTS_FILE), 'results file before scrolling').toBe(0);
    expect(matching(requests, RESULTS_CHUNK), 'results chunk before scrolling').toBe(0);
    await expect(resultsSection(page)).toContainText('Results first posted August 17, 2020.');
    await expect(resultsPartsNav(page)).toHaveCount(0);

    // Scrolled (not by a link: no #results), the section comes near and its results load.
    const fetched = page.waitForRequest(RESULTS_FILE);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await fetched;
    await expect(resultsPart(page, 'Outcome measures')).toBeVisible();
    expect(page.url()).not.toContain('#');
    expect(matching(requests, RESULTS_FILE)).toBe(1);
    expect(matching(requests, RESULTS_CHUNK)).toBe(1);
  });

  test('the header says where the results stand and its link, like "Results" in the page nav, brings them', async ({
    page,
  }) => {
    await page.goto(trialPath(TRIAL));
    const fact = definitionValue(trialHeader(page), 'Results');
    await expect(fact).toHaveText('Results first posted August 17, 2020. Read the results');
    await fact.getByRole('link', { name: 'Read the results' }).click();
    await expect(page).toHaveURL(/#results$/);
    await expect(resultsPart(page, 'Participant flow')).toBeVisible();
    await expect(resultsSection(page).getByRole('heading', { level: 2 })).toBeInViewport();

    await page.evaluate(() => window.scrollTo(0, 0));
    await sectionLink(page, 'Results').click();
    await expect(resultsSection(page).getByRole('heading', { level: 2 })).toBeInViewport();
  });

  test('a link to one part (#results-adverse-events) loads the results and shows that part', async ({
    page,
  }) => {
    await openResults(page, '#results-adverse-events');
    const part = resultsPart(page, 'Adverse events');
    await expect(part.getByRole('heading', { level: 3 })).toBeInViewport();
    // The parts above it are drawn too, scrolled past.
    await expect(resultsPart(page, 'Outcome measures')).not.toBeInViewport();
  });

  test('the in-page links of the results go to each part', async ({ page }) => {
    await openResults(page);
    const links = resultsPartsNav(page).getByRole('link');
    await expect(links).toHaveText([...RESULTS_PART_NAMES]);
    for (const name of RESULTS_PART_NAMES) {
      await expect(resultsPartsNav(page).getByRole('link', { name })).toHaveAttribute(
        'href',
        `#${RESULTS_PART_IDS[name]}`,
      );
    }
    await resultsPartsNav(page).getByRole('link', { name: 'Documents' }).click();
    await expect(page).toHaveURL(/#results-documents$/);
    await expect(
      resultsPart(page, 'Documents').getByRole('heading', { level: 3 }),
    ).toBeInViewport();
  });
});

test('a trial without results says so in the header and the Results section, and fetches none', async ({
  page,
}) => {
  const requests = requestsOf(page);
  await page.goto(trialPath('NCT01573923'));
  await expect(definitionValue(trialHeader(page), 'Results')).toHaveText('No results posted.');
  await sectionLink(page, 'Results').click();
  const section = resultsSection(page);
  await expect(section).toBeInViewport();
  await expect(section.getByRole('paragraph').last()).toHaveText('No results posted.');
  await expect(section.getByRole('link')).toHaveCount(0);
  await expect(resultsPartsNav(page)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(matching(requests, /\/data\/results\//)).toBe(0);
  expect(matching(requests, RESULTS_CHUNK)).toBe(0);
});

test.describe('NCT02552212 as published', () => {
  test.beforeEach(async ({ page }) => {
    await openResults(page);
  });

  test('participant flow: each period with a diagram per group and a table of every milestone and reason', async ({
    page,
  }) => {
    const part = resultsPart(page, 'Participant flow');
    const { groups } = published.record.resultsSection.participantFlowModule;
    expect(published.flowPeriods).toHaveLength(2);
    await expect(definitionValue(part, 'Pre-assignment details')).toHaveText(
      'The Participant Flow refers to the Randomized Set (RS).',
    );
    await expect(part.getByRole('heading', { level: 4 })).toHaveText([
      'Groups',
      ...published.flowPeriods.map((period) => period.title),
    ]);
    for (const period of published.flowPeriods) {
      const table = flowTable(page, period.title);
      await expect(table.getByRole('columnheader')).toHaveText([
        'Milestone',
        ...groups.map((group) => group.title),
      ]);
      await expect(table.getByRole('rowheader')).toHaveText(period.rows);
      for (const group of groups)
        await expect(flowDiagram(page, period.title, group.title)).toBeVisible();
    }
    const [doubleBlind, extension] = published.flowPeriods.map((period) =>
      flowTable(page, period.title),
    );
    if (!doubleBlind || !extension) throw new Error('expected two periods');
    const cells = (table: Locator, row: string) =>
      table.getByRole('row', { name: new RegExp(`^${row} \\d`) }).getByRole('cell');
    await expect(cells(doubleBlind, 'Started')).toHaveText(['158', '159', '0']);
    await expect(cells(doubleBlind, 'Completed')).toHaveText(['143', '142', '0']);
    await expect(cells(doubleBlind, 'Adverse Event')).toHaveText(['6', '3', '0']);
    // The record's comment on a count is shown with it.
    await expect(cells(extension, 'Started')).toHaveText([
      '0',
      '0',
      /^243\s*123 subjects from Placebo arm and 120 subjects from CZP 200 mg Q2W arm$/,
    ]);
    await expect(cells(extension, 'Completed')).toHaveText(['0', '0', '206']);
  });

  test('baseline characteristics: the groups as columns, the Total last, every measure with its values', async ({
    page,
  }) => {
    const table = resultsTable(
      resultsPart(page, 'Baseline characteristics'),
      'Baseline characteristics by group',
    );
    await expect(table.getByRole('columnheader')).toHaveText([
      'Characteristic',
      'Placebo',
      'CZP 200 mg Q2W',
      'Total Title',
    ]);
    await expect(
      table.getByRole('row', { name: /^Overall number of baseline participants/ }),
    ).toHaveText(/158\s*159\s*317/);
    for (const { title } of published.record.resultsSection.baselineCharacteristicsModule
      .measures) {
      await expect(
        table.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(title)}`) }),
      ).toHaveCount(1);
    }
    const age = table.getByRole('row', { name: /^Age, Continuous/ });
    await expect(age.getByRole('rowheader')).toHaveText(
      'Age, Continuous Mean (Standard Deviation); unit: years',
    );
    await expect(age.getByRole('cell')).toHaveText(['37.4 (10.8)', '37.3 (10.5)', '37.3 (10.6)']);
    await expect(table.getByRole('row', { name: /^Female/ }).getByRole('cell')).toHaveText([
      '82 (51.9%)',
      '81 (50.9%)',
      '163 (51.4%)',
    ]);
  });

  test('outcome measures: every title (31) in order, by type, each with its table', async ({
    page,
  }) => {
    const part = resultsPart(page, 'Outcome measures');
    expect(published.outcomeTitles).toHaveLength(31);
    await expect(part.getByText('31 outcome measures: 11 primary, 20 secondary.')).toBeVisible();
    await expect(part.getByRole('heading', { level: 4 })).toHaveText([
      'Primary outcomes at a glance',
      'Primary outcome measures (11)',
      'Secondary outcome measures (20)',
    ]);
    await expect(
      outcomeMeasures(page)
        .getByRole('heading', { level: 5 })
        .filter({ hasNotText: /^Statistical analyses/ }),
    ).toHaveText(published.outcomeTitles);
    // Each outcome's values are in one table, captioned by its title.
    await expect(outcomeMeasures(page).getByRole('table').locator('caption')).toHaveText(
      published.outcomeTitles.map((title) => new RegExp(`^${escapeRegExp(title)}: `)),
    );
    const week4 = outcomeMeasure(page, 'Certolizumab Pegol Plasma Concentration at Week 4');
    await expect(
      resultsTable(week4, /: Geometric Mean \(95% Confidence Interval\), µg\/mL$/)
        .getByRole('row')
        .last()
        .getByRole('cell'),
    ).toHaveText(['54.6 [51.4, 58.0]', '48.8 [42.2, 56.4]']);
  });

  test('statistical analyses: every p-value (12) exactly as published', async ({ page }) => {
    expect(published.pValues).toHaveLength(12);
    expect(published.pValues).toContain('=0.247');
    await expect(definitionValue(resultsPart(page, 'Outcome measures'), 'P-value')).toHaveText(
      published.pValues,
    );
  });

  test("adverse events: every term, 36 serious and 9 other, with the groups' totals and the module's facts", async ({
    page,
  }) => {
    const part = resultsPart(page, 'Adverse events');
    expect(published.seriousTerms).toHaveLength(36);
    expect(published.otherTerms).toHaveLength(9);
    await expect(definitionValue(part, 'Frequency threshold for other adverse events')).toHaveText(
      /^5% /,
    );
    await expect(definitionValue(part, 'Vocabulary')).toHaveText('MedDRA19.0');
    await expect(
      resultsTable(part, 'Participants affected / at risk, by group')
        .getByRole('row', { name: /^Serious adverse events/ })
        .getByRole('cell'),
    ).toHaveText([
      '4 / 158 (2.5%)',
      '8 / 159 (5%)',
      '3 / 96 (3.1%)',
      '1 / 20 (5%)',
      '15 / 243 (6.2%)',
    ]);
    const serious = adverseEventsTable(page, 'Serious');
    const other = adverseEventsTable(page, 'Other');
    await expect(serious).toHaveAccessibleName(
      'Serious adverse events (36): by organ system, then term, until sorted',
    );
    await expect(adverseEventTerms(serious)).toHaveText(published.seriousTerms);
    await expect(adverseEventTerms(other)).toHaveText(published.otherTerms);
    await expect(aeFilterStatus(page)).toHaveText(
      'Showing 36 of 36 serious events and 9 of 9 other events',
    );
  });

  test('more information and documents: the contact with safe links, each document linked to ClinicalTrials.gov', async ({
    page,
  }) => {
    const info = resultsPart(page, 'More information');
    await expect(definitionValue(info, 'E-mail').getByRole('link')).toHaveAttribute(
      'href',
      'mailto:UCBCares@ucb.com',
    );
    await expect(definitionValue(info, 'Phone').getByRole('link')).toHaveAttribute(
      'href',
      'tel:+1844599;ext=2273',
    );
    const documents = resultsPart(page, 'Documents');
    const links = documents.getByRole('heading', { level: 4 }).getByRole('link');
    await expect(links).toHaveText([
      'Study Protocol (opens in a new tab)',
      'Statistical Analysis Plan (opens in a new tab)',
    ]);
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/Prot_000.pdf',
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/SAP_002.pdf',
    ]);
    await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(definitionValue(documents.getByRole('listitem').first(), 'Size')).toHaveText(
      '9.3 MB (9,785,526 bytes)',
    );
  });
});

test.describe('adverse-event tables', () => {
  const serious = (page: Page) => adverseEventsTable(page, 'Serious');
  const other = (page: Page) => adverseEventsTable(page, 'Other');
  const firstTerms = async (page: Page, count: number) =>
    (await adverseEventTerms(serious(page)).allTextContents()).slice(0, count);

  test.beforeEach(async ({ page }) => {
    await openResults(page, '#results-adverse-events');
    await expect(adverseEventTerms(serious(page))).toHaveCount(36);
  });

  test('sort by mouse: a header click sorts ascending, again descending, the sort in the URL', async ({
    page,
  }) => {
    const term = adverseEventsColumn(serious(page), 'Term');
    await term.getByRole('button').click();
    await expect(term).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/[?&]seriousSort=term(&|#|$)/);
    await expect
      .poll(() => firstTerms(page, 3))
      .toEqual(['Abortion spontaneous', 'Cervical polyp', 'Cervicobrachial syndrome']);
    await term.getByRole('button').click();
    await expect(term).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/[?&]seriousSort=-term(&|#|$)/);
    await expect
      .poll(() => firstTerms(page, 3))
      .toEqual(['Uveitis', 'Uterine leiomyoma', 'Tuberculosis']);
    // The other events' table keeps its own order.
    await expect(adverseEventsColumn(other(page), 'Term')).not.toHaveAttribute('aria-sort', /./);
    await expect(adverseEventTerms(other(page)).first()).toHaveText('Diarrhoea');
  });

  test("sort by keyboard: Enter and Space on a group's column header sort by its numbers, a third press restores the default order", async ({
    page,
  }) => {
    const column = adverseEventsColumn(
      serious(page),
      aeGroupColumn('CZP 200 mg Q2W (SS)', 'affected'),
    );
    const button = column.getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(column).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/[?&]seriousSort=g1Affected(&|#|$)/);
    // Ties keep the default order (organ system, then term): the 0s first.
    await expect
      .poll(() => firstTerms(page, 3))
      .toEqual(['Iridocyclitis', 'Uveitis', 'Constipation']);
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(column).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(() => firstTerms(page, 4))
      .toEqual(['Glaucoma', 'Diarrhoea', 'Neuroborreliosis', 'Malignant melanoma']);
    await page.keyboard.press('Space');
    await expect(column).not.toHaveAttribute('aria-sort', /./);
    await expect(page).not.toHaveURL(/seriousSort/);
    await expect(adverseEventTerms(serious(page))).toHaveText(published.seriousTerms);
  });

  test('filters by organ system and by term (any case), said in a status, kept in the URL and over a reload', async ({
    page,
  }) => {
    await aeOrganSystemFilter(page).selectOption('Eye disorders');
    await expect(adverseEventTerms(serious(page))).toHaveText([
      'Glaucoma',
      'Iridocyclitis',
      'Uveitis',
    ]);
    await expect(serious(page)).toHaveAccessibleName(/^Serious adverse events \(3 of 36\)/);
    await expect(other(page)).toContainText('No other adverse event matches the filters.');
    await expect(aeFilterStatus(page)).toHaveText(
      'Showing 3 of 36 serious events and 0 of 9 other events',
    );
    await expect(page).toHaveURL(/[?&]aeSystem=Eye\+disorders(&|#|$)/);

    await aeOrganSystemFilter(page).selectOption('');
    await aeTermFilter(page).fill('DIARR');
    await expect(adverseEventTerms(serious(page))).toHaveText(['Diarrhoea']);
    await expect(adverseEventTerms(other(page))).toHaveText(['Diarrhoea']);
    await expect(aeFilterStatus(page)).toHaveText(
      'Showing 1 of 36 serious events and 1 of 9 other events',
    );
    await expect(page).toHaveURL(/[?&]aeTerm=DIARR(&|#|$)/);
    await expect(page).not.toHaveURL(/aeSystem/);

    await page.reload();
    await expect(aeTermFilter(page)).toHaveValue('DIARR');
    await expect(adverseEventTerms(serious(page))).toHaveText(['Diarrhoea']);
    await adverseEventsFilters(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(adverseEventTerms(serious(page))).toHaveCount(36);
    await expect(aeTermFilter(page)).toBeFocused();
    await expect(page).not.toHaveURL(/aeTerm/);
  });

  test('a link with a sort and a filter reopens that view', async ({ page }) => {
    await page.goto(
      `${trialPath(TRIAL)}?seriousSort=-term&aeSystem=Reproductive+system+and+breast+disorders#results-adverse-events`,
    );
    await expect(adverseEventTerms(serious(page))).toHaveText([
      'Ovarian enlargement',
      'Ovarian cyst ruptured',
      'Hydrosalpinx',
      'Cervix neoplasms',
      'Cervical polyp',
    ]);
    await expect(adverseEventsColumn(serious(page), 'Term')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(aeOrganSystemFilter(page)).toHaveValue('Reproductive system and breast disorders');
  });
});

test.describe('charts', () => {
  test('every chart is an image named by its caption, described by its summary and the table of its data', async ({
    page,
  }) => {
    await openResults(page);
    const outcomes = resultsPart(page, 'Outcome measures');
    // A flow diagram per period and group (2 x 3).
    await expect(resultsPart(page, 'Participant flow').getByRole('img')).toHaveCount(6);
    await expect(
      resultsChart(
        resultsPart(page, 'Participant flow'),
        'Participant flow, Double-Blind Period (Week 0 - 52): Placebo',
      ),
    ).toHaveAccessibleDescription(
      /^158 started, 96 Received OL CZP, 20 Completed Week 52 Without Starting SFE, 143 completed, 15 did not complete: 6 Adverse Event, /,
    );
    // 26 of the 31 outcomes are drawn; 4 have one drawable value, 1 has none (each says so).
    await expect(outcomeMeasures(page).getByRole('img', { name: / by group$/ })).toHaveCount(26);
    // A forest plot for each of the 12 outcomes with an analysis, and one of the primary analyses.
    await expect(
      outcomeMeasures(page).getByRole('img', { name: /^Estimates and 95% confidence intervals: / }),
    ).toHaveCount(12);
    await expect(
      resultsChart(outcomes, 'Primary outcomes: estimates and 95% confidence intervals'),
    ).toBeVisible();
    await expect(outcomes.getByRole('img')).toHaveCount(26 + 12 + 1);
    // One dot chart of the most frequent adverse events.
    await expect(
      resultsChart(
        resultsPart(page, 'Adverse events'),
        'Percent affected by the most frequent adverse events, by group',
      ),
    ).toBeVisible();
    await expect(outcomes.getByText(/^No chart: /)).toHaveCount(4);
    await expect(
      outcomes.getByText(
        'The record gives no parameter type and no values for this outcome measure.',
      ),
    ).toHaveCount(1);

    const asdas = resultsChart(outcomes, `${published.outcomeTitles[0] ?? ''}: Number by group`);
    // The description is the summary, then the data table (named by its caption).
    await expect(asdas).toHaveAccessibleDescription(
      `Placebo (FAS): 7.0; CZP 200 mg Q2W (FAS): 47.2. ${published.outcomeTitles[0] ?? ''}: Number, percentage of subjects`,
    );
    const week4 = resultsChart(
      outcomes,
      'Certolizumab Pegol Plasma Concentration at Week 4: Geometric Mean (95% Confidence Interval) by group',
    );
    await expect(week4).toHaveAccessibleDescription(
      'CZP 200 mg Q2W (SS): 54.6 (95% CI 51.4 to 58.0); Placebo->OL CZP (SS): 48.8 (95% CI 42.2 to 56.4). Certolizumab Pegol Plasma Concentration at Week 4: Geometric Mean (95% Confidence Interval), µg/mL',
    );

    const charts = await resultsSection(page)
      .getByRole('img')
      .evaluateAll((images) =>
        images.map((image) => {
          const labelledBy = image.getAttribute('aria-labelledby') ?? '';
          const describedBy = (image.getAttribute('aria-describedby') ?? '').split(' ');
          const [summaryId = '', dataId = ''] = describedBy;
          const data = document.getElementById(dataId);
          return {
            name: document.getElementById(labelledBy)?.textContent ?? '',
            caption: image.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
            ids: describedBy.length,
            unique: describedBy.every(
              (id) => document.querySelectorAll(`[id="${id}"]`).length === 1,
            ),
            summary: document.getElementById(summaryId)?.textContent ?? '',
            dataKind:
              data?.tagName === 'TABLE' ? 'table' : data?.querySelector('dl') ? 'list' : 'none',
            dataText: data?.textContent ?? '',
          };
        }),
      );
    expect(charts).toHaveLength(6 + 39 + 1);
    for (const chart of charts) {
      expect(chart.name.length, JSON.stringify(chart)).toBeGreaterThan(0);
      expect(chart.name).toBe(chart.caption);
      expect(chart.ids, chart.name).toBe(2);
      expect(chart.unique, chart.name).toBe(true);
      expect(chart.summary, chart.name).toMatch(/\S.*\.$/);
      expect(chart.dataKind, chart.name).not.toBe('none');
      // The numbers the summary states are the table's: nothing drawn is absent from the data.
      for (const number of chart.summary.match(/-?\d+(\.\d+)?/g) ?? []) {
        expect(chart.dataText, `${chart.name}: ${number}`).toContain(number);
      }
    }
  });
});

test.describe('axe finds no violations in the Results section of NCT02552212', () => {
  // The section is large (about 7,000 elements, most in the outcomes and the adverse events): axe
  // checks it in three parts, which run side by side, each within a test's time.
  test.beforeEach(async ({ page }) => {
    await openResults(page);
    await expect(outcomeMeasures(page)).toHaveCount(31);
    await expect(adverseEventTerms(adverseEventsTable(page, 'Serious'))).toHaveCount(36);
  });

  test('the section, the participant flow, baseline, more information and documents', async ({
    page,
  }) => {
    expect(
      await axeViolations(page, {
        include: '#results',
        exclude: '#results-outcome-measures, #results-adverse-events',
      }),
    ).toEqual([]);
  });

  test('the outcome measures and their analyses', async ({ page }) => {
    test.slow();
    expect(await axeViolations(page, { include: '#results-outcome-measures' })).toEqual([]);
  });

  test('the adverse events', async ({ page }) => {
    test.slow();
    expect(await axeViolations(page, { include: '#results-adverse-events' })).toEqual([]);
  });
});

test('the synthetic results at scale (NCT99999003: 100 outcomes, 1,000 adverse-event terms) render, windowed, without a console error', async ({
  page,
}) => {
  // The results file as served: what the smallest serious term is.
  const response = await page.request.get('/data/results/NCT99999003.json');
  const { results } = resultsFileSchema.parse(await response.json());
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const [firstSeriousTerm] = (results.adverseEvents?.seriousEvents ?? [])
    .map((event) => event.term)
    .sort(collator.compare);

  await page.goto(`${trialPath('NCT99999003')}#results`);
  const part = resultsPart(page, 'Outcome measures');
  await expect(
    part.getByText(
      '100 outcome measures: 10 primary, 60 secondary, 20 other pre-specified, 10 post-hoc.',
    ),
  ).toBeVisible({ timeout: 15_000 });
  await expect(outcomeMeasures(page)).toHaveCount(100);
  await expect(part.getByRole('heading', { level: 4 })).toHaveText([
    'Primary outcomes at a glance',
    'Primary outcome measures (10)',
    'Secondary outcome measures (60)',
    'Other pre-specified outcome measures (20)',
    'Post-hoc outcome measures (10)',
  ]);
  await expect(outcomeMeasures(page).getByRole('img').first()).toBeVisible();
  await expect(
    resultsTable(
      resultsPart(page, 'Baseline characteristics'),
      'Baseline characteristics by group',
    ),
  ).toBeVisible();

  // 400 serious and 600 other terms: both tables windowed, counted by aria-rowcount (header included).
  const serious = adverseEventsTable(page, 'Serious');
  const other = adverseEventsTable(page, 'Other');
  await expect(serious).toHaveAttribute('aria-rowcount', '401');
  await expect(other).toHaveAttribute('aria-rowcount', '601');
  expect(await adverseEventTerms(serious).count()).toBeLessThan(100);
  expect(await adverseEventTerms(other).count()).toBeLessThan(100);
  await expect(aeFilterStatus(page)).toHaveText(
    'Showing 400 of 400 serious events and 600 of 600 other events',
  );
  // Sorting a windowed table orders all its rows: the first row drawn is row 2, the smallest term.
  const term = adverseEventsColumn(serious, 'Term');
  await term.getByRole('button').click();
  await expect(term).toHaveAttribute('aria-sort', 'ascending');
  await serious.scrollIntoViewIfNeeded();
  const firstRow = serious.locator('tbody tr').first();
  await expect(firstRow).toHaveAttribute('aria-rowindex', '2');
  await expect(adverseEventTerms(serious).first()).toHaveText(firstSeriousTerm ?? 'no term');
});
