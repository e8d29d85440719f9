import type { Page, Request } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { publishedResults } from './records/published-results';
import {
  definitionValue,
  escapeRegExp,
  outcomeMeasure,
  outcomeMeasures,
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
    await expect(links).toHaveText([
      'Participant flow',
      'Baseline characteristics',
      'Outcome measures',
      'Adverse events',
      'More information',
      'Documents',
    ]);
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
      ...(await overviewHeading(page)),
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

/** The overview of the primary analyses comes first, once the analyses are on the page. */
async function overviewHeading(page: Page): Promise<string[]> {
  const count = await page.getByTestId('primary-analyses-overview').count();
  return count > 0 ? ['Primary outcomes at a glance'] : [];
}

test.describe('charts', () => {
  test('every chart is an image named by its caption, described by its summary and the table of its data', async ({
    page,
  }) => {
    await openResults(page);
    const outcomes = resultsPart(page, 'Outcome measures');
    // 26 of the 31 outcomes are drawn; 4 have one drawable value, 1 has none (each says so).
    await expect(outcomeMeasures(page).getByRole('img')).toHaveCount(26);
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
    expect(charts.length).toBeGreaterThanOrEqual(26);
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

test('axe finds no violations in the Results section of NCT02552212', async ({ page }) => {
  await openResults(page);
  await expect(outcomeMeasures(page)).toHaveCount(31);
  expect(await axeViolations(page, { include: '#results' })).toEqual([]);
});

test('the synthetic results at scale (NCT99999003: 100 outcome measures) render without a console error', async ({
  page,
}) => {
  await page.goto(`${trialPath('NCT99999003')}#results`);
  const part = resultsPart(page, 'Outcome measures');
  await expect(
    part.getByText(
      '100 outcome measures: 10 primary, 60 secondary, 20 other pre-specified, 10 post-hoc.',
    ),
  ).toBeVisible({ timeout: 15_000 });
  await expect(outcomeMeasures(page)).toHaveCount(100);
  await expect(part.getByRole('heading', { level: 4 })).toHaveText([
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
});
