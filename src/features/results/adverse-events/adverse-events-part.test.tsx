// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdverseEventsPart } from './adverse-events-part';
import { one, systemSelect, table } from './adverse-events.test-support';
import { sampleModule } from '@/test-support/sample-results';

const GROUPS = [
  'Placebo (SS)',
  'CZP 200 mg Q2W (SS)',
  'Placebo->OL CZP (SS)',
  'CZP->OL CZP (SS)',
  'SFE OL CZP 200 mg Q2W (SS)',
];

const termInput = () => one('.ae-filters input[type="search"]');
const seriousTable = () => table(/^Serious adverse events \(/);
const otherTable = () => table(/^Other adverse events \(/);
// Plain queries over the body (role queries over 22 columns are slow in jsdom); rows and cells
// are the DataTable's <tr>/<td>, checked by role in its own tests.
const bodyRows = (t: HTMLElement) => [...t.querySelectorAll('tbody > tr')];
/** Column `index` of a table's body (0: term, 1: organ system, then four per group). */
const column = (t: HTMLElement, index: number) =>
  bodyRows(t).map((row) => row.querySelectorAll('td')[index]?.textContent ?? '');
const terms = (t: HTMLElement) => column(t, 0);
const countText = () => one('.ae-filters [role="status"]').textContent;

function renderPart() {
  return render(<AdverseEventsPart adverseEvents={sampleModule('NCT02552212', 'adverseEvents')} />);
}

beforeAll(() => {
  sampleModule('NCT02552212', 'adverseEvents'); // read and normalized once, outside the tests' time
});
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(cleanup);

// Each test renders two 22-column tables (45 rows): about half a second in jsdom with React's
// development build, several seconds when the machine is busy; the default 5 s is too tight.
describe('AdverseEventsPart, NCT02552212', { timeout: 20_000 }, () => {
  it('is a part with its heading, saying how events were collected and counted', () => {
    renderPart();
    const part = one('#results-adverse-events');
    expect(part.tagName).toBe('SECTION');
    const heading = document.getElementById(part.getAttribute('aria-labelledby') ?? '');
    expect([heading?.tagName, heading?.textContent]).toEqual(['H3', 'Adverse events']);
    const facts = [...part.querySelectorAll('dl.definition-list > div')].map((pair) => [
      pair.querySelector('dt')?.textContent,
      pair.querySelector('dd')?.textContent,
    ]);
    expect(facts.slice(0, 4)).toEqual([
      [
        'Time frame',
        'From Baseline up to the End of Safety Follow-up Extension Period (up to Week 156)',
      ],
      [
        'Frequency threshold for other adverse events',
        '5% (other, not serious, events are reported when more frequent than this in any group)',
      ],
      ['Assessment', 'Non-systematic assessment'],
      ['Vocabulary', 'MedDRA19.0'],
    ]);
    expect(facts[4]?.[1]).toMatch(/^Adverse events were recorded for all subjects/);
  });

  it('gives deaths, serious and other events affected / at risk for each group', () => {
    renderPart();
    const groups = table(/^Participants affected \/ at risk, by group$/);
    expect(
      within(groups)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(GROUPS);
    const cells = (name: string) =>
      within(within(groups).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((td) => td.textContent);
    expect(cells('Deaths')).toEqual([
      '0 / 158 (0%)',
      '0 / 159 (0%)',
      '0 / 96 (0%)',
      '0 / 20 (0%)',
      '0 / 243 (0%)',
    ]);
    expect(cells('Serious')).toEqual([
      '4 / 158 (2.5%)',
      '8 / 159 (5%)',
      '3 / 96 (3.1%)',
      '1 / 20 (5%)',
      '15 / 243 (6.2%)',
    ]);
    expect(cells('Other')).toEqual([
      '59 / 158 (37.3%)',
      '75 / 159 (47.2%)',
      '27 / 96 (28.1%)',
      '7 / 20 (35%)',
      '69 / 243 (28.4%)',
    ]);
  });

  it('lists 36 serious and 9 other events by organ system, then term, with each group’s figures', () => {
    renderPart();
    const serious = seriousTable();
    expect(serious.querySelector('caption')?.textContent).toBe(
      'Serious adverse events (36): by organ system, then term, until sorted',
    );
    const headers = [...serious.querySelectorAll('thead th')].map((th) =>
      th.textContent.replace(/[↕▲▼]$/, ''),
    );
    expect(headers).toHaveLength(22);
    expect(headers.slice(0, 6)).toEqual([
      'Term',
      'Organ system',
      `${GROUPS[0] ?? ''}: affected`,
      `${GROUPS[0] ?? ''}: at risk`,
      `${GROUPS[0] ?? ''}: % affected`,
      `${GROUPS[0] ?? ''}: events`,
    ]);
    expect(terms(serious).slice(0, 5)).toEqual([
      'Glaucoma',
      'Iridocyclitis',
      'Uveitis',
      'Constipation',
      'Diarrhoea',
    ]);
    expect(terms(serious)).toHaveLength(36);
    // Cholelithiasis: 1 participant, 2 events, in the SFE group (1/243).
    const row = bodyRows(serious)[terms(serious).indexOf('Cholelithiasis')];
    expect([...(row?.querySelectorAll('td') ?? [])].slice(-4).map((td) => td.textContent)).toEqual([
      '1',
      '243',
      '0.4%',
      '2',
    ]);
    expect(terms(otherTable())).toEqual([
      'Diarrhoea',
      'Bronchitis',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
      'Blood creatine phosphokinase increased',
      'Arthralgia',
      'Axial spondyloarthritis',
      'Headache',
      'Cough',
    ]);
  });

  it('names its tables, filters and live count for assistive technology', () => {
    renderPart();
    for (const name of [
      'Participants affected / at risk, by group',
      'Serious adverse events (36): by organ system, then term, until sorted',
      'Other adverse events (9): by organ system, then term, until sorted',
      /^Charted values: percent affected/,
    ])
      expect(screen.getByRole('table', { name })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Organ system' })).toBe(systemSelect());
    expect(screen.getByRole('searchbox', { name: 'Term' })).toBe(termInput());
    expect(screen.getByRole('search', { name: 'Filter adverse events' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(countText());
  });

  it('sorts by a group’s percent affected, ascending then descending then back, in the URL', async () => {
    const user = userEvent.setup();
    renderPart();
    const header = within(otherTable()).getByRole('columnheader', {
      name: `Placebo (SS): % affected`,
    });
    const button = within(header).getByRole('button');
    const defaultOrder = terms(otherTable());

    await user.click(button);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(window.location.search).toBe('?otherSort=g0Percent');
    // 4/158, 5/158, 7/158, 8/158, then Diarrhoea and Arthralgia (both 10/158) in default order.
    expect(terms(otherTable())).toEqual([
      'Blood creatine phosphokinase increased',
      'Bronchitis',
      'Headache',
      'Cough',
      'Diarrhoea',
      'Arthralgia',
      'Axial spondyloarthritis',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
    ]);
    expect(column(otherTable(), 4).slice(0, 3)).toEqual(['2.5%', '3.2%', '4.4%']);

    button.focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(window.location.search).toBe('?otherSort=-g0Percent');
    expect(terms(otherTable())).toEqual([
      'Upper respiratory tract infection',
      'Nasopharyngitis',
      'Axial spondyloarthritis',
      'Diarrhoea',
      'Arthralgia',
      'Cough',
      'Headache',
      'Bronchitis',
      'Blood creatine phosphokinase increased',
    ]);
    // The serious table keeps its own order.
    expect(terms(seriousTable()).slice(0, 3)).toEqual(['Glaucoma', 'Iridocyclitis', 'Uveitis']);

    await user.keyboard(' ');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(terms(otherTable())).toEqual(defaultOrder);
    expect(window.location.search).toBe('');
  });

  it('filters both tables by organ system, with a live count', async () => {
    const user = userEvent.setup();
    renderPart();
    expect(countText()).toBe('Showing 36 of 36 serious events and 9 of 9 other events');
    const select = systemSelect();
    const options = within(select).getAllByRole('option');
    expect(options).toHaveLength(18);
    expect(options.slice(0, 3).map((option) => option.textContent)).toEqual([
      'All organ systems (45)',
      `Eye disorders (3)`,
      `Gastrointestinal disorders (6)`,
    ]);
    await user.selectOptions(select, 'Infections and infestations');
    expect(countText()).toBe('Showing 5 of 36 serious events and 3 of 9 other events');
    expect(terms(seriousTable())).toEqual([
      'Chronic tonsillitis',
      'Encephalitis',
      'Gastroenteritis rotavirus',
      'Neuroborreliosis',
      'Tuberculosis',
    ]);
    expect(terms(otherTable())).toEqual([
      'Bronchitis',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
    ]);
    expect(seriousTable().querySelector('caption')?.textContent).toMatch(
      /^Serious adverse events \(5 of 36\)/,
    );
    expect(new URLSearchParams(window.location.search).get('aeSystem')).toBe(
      'Infections and infestations',
    );
    await user.selectOptions(select, '');
    expect(countText()).toBe('Showing 36 of 36 serious events and 9 of 9 other events');
    expect(window.location.search).toBe('');
  });

  it('filters both tables by the words of a term, in any case and accents', async () => {
    const user = userEvent.setup();
    renderPart();
    const input = termInput();
    await user.type(input, 'DIARRHŒA');
    expect(countText()).toBe('Showing 1 of 36 serious events and 1 of 9 other events');
    expect(terms(seriousTable())).toEqual(['Diarrhoea']);
    expect(terms(otherTable())).toEqual(['Diarrhoea']);
    await user.clear(input);
    await user.type(input, 'infection tract');
    expect(countText()).toBe('Showing 0 of 36 serious events and 1 of 9 other events');
    expect(terms(otherTable())).toEqual(['Upper respiratory tract infection']);
    expect(terms(seriousTable())).toEqual(['No serious adverse event matches the filters.']);
  });

  it('says plainly when the filters leave nothing, and clears them', async () => {
    const user = userEvent.setup();
    renderPart();
    await user.selectOptions(systemSelect(), 'Eye disorders');
    await user.type(termInput(), 'headache');
    expect(countText()).toBe(
      'No term matches the filters. Showing 0 of 36 serious events and 0 of 9 other events',
    );
    expect(terms(otherTable())).toEqual(['No other adverse event matches the filters.']);
    await user.click(one('.ae-filters__clear'));
    expect(document.querySelector('.ae-filters__clear')).toBeNull();
    expect(countText()).toBe('Showing 36 of 36 serious events and 9 of 9 other events');
    expect(document.activeElement).toBe(termInput());
    expect(window.location.search).toBe('');
  });

  it('reopens the sorts and filters a shared link gives, and ignores garbage in it', () => {
    window.history.replaceState(
      null,
      '',
      '/?aeSystem=Eye+disorders&seriousSort=-g4Percent&otherSort=%3Cscript%3E&aeTerm=+',
    );
    renderPart();
    expect(terms(seriousTable())).toEqual(['Iridocyclitis', 'Uveitis', 'Glaucoma']);
    expect(terms(otherTable())).toEqual(['No other adverse event matches the filters.']);
    expect(countText()).toBe('Showing 3 of 36 serious events and 0 of 9 other events');
    window.history.replaceState(null, '', '/?aeSystem=Not+a+system');
    cleanup();
    renderPart();
    expect(countText()).toBe('Showing 36 of 36 serious events and 9 of 9 other events');
  });

  it('charts the 15 most frequent terms, named, summed up and described by its visible table', () => {
    renderPart();
    const chart = screen.getByRole('img', {
      name: 'Percent affected by the most frequent adverse events, by group',
    });
    const described = (chart.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(described[0] ?? '')?.textContent).toBe(
      `Of the 15 terms charted, Headache (other event) differs most between groups: 15% of CZP->OL CZP (SS) against 0% of Placebo->OL CZP (SS).`,
    );
    const data = document.getElementById(described[1] ?? '');
    expect(data).toBe(table(/^Charted values/));
    // One mark per group on each of the 15 rows (every group has figures for every term here).
    expect(chart.querySelectorAll('.chart-marker')).toHaveLength(75);
    const labels = [...chart.querySelectorAll('g > text[text-anchor="end"]')].map(
      (text) => text.textContent,
    );
    expect(labels.slice(0, 3)).toEqual([
      'Headache',
      'Nasopharyngitis',
      'Upper respiratory tract infection',
    ]);
    expect(labels[8]).toBe(`Constipation (serious)`);
    const first = within(data ?? chart).getAllByRole('row')[1];
    expect(within(first ?? chart).getByRole('rowheader').textContent).toBe('Headache (other)');
    expect(
      within(first ?? chart)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      '4.4% (7 / 158)',
      '6.9% (11 / 159)',
      '0% (0 / 96)',
      '15% (3 / 20)',
      '3.7% (9 / 243)',
      '15 points',
    ]);
    expect(one('.ae-chart .chart-legend').textContent).toBe(GROUPS.join(''));
  });
});
