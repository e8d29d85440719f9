// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import type { AdverseEvents } from '@/trial/results/adverse-events-schema';
import { AdverseEventsPart } from './adverse-events-part';
import {
  aeEvent,
  aeGroup,
  aeModule,
  aeStat,
  counts,
  systemSelect,
  table,
} from './adverse-events.test-support';

const bodyRows = (t: HTMLElement) => [...t.querySelectorAll('tbody > tr')];
const cellsOf = (row: Element | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
const terms = (t: HTMLElement) => bodyRows(t).map((row) => cellsOf(row)[0]);
const otherTable = () => table(/^Other adverse events \(/);
const seriousTable = () => table(/^Serious adverse events \(/);

function renderPart(adverseEvents: AdverseEvents) {
  return render(<AdverseEventsPart adverseEvents={adverseEvents} />);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(cleanup);

// Small tables, but React's development build in jsdom on a busy machine can pass the default 5 s.
describe('AdverseEventsPart, quirks', { timeout: 15_000 }, () => {
  it('says "Not reported" for a group without a stat on a term (not 0), and sorts it last', async () => {
    const user = userEvent.setup();
    renderPart(
      aeModule({
        otherEvents: [
          aeEvent('other-1', 'Rash', [aeStat('EG000', 2, 10)]),
          aeEvent('other-2', 'Itch', [aeStat('EG000', 1, 10), aeStat('EG001', 1, 20)]),
          aeEvent('other-3', 'Acne', [aeStat('EG000', 0, 10), aeStat('EG001', 3, 20)]),
        ],
      }),
    );
    const rash = bodyRows(otherTable())[terms(otherTable()).indexOf('Rash')];
    expect(cellsOf(rash).slice(2)).toEqual([
      '2',
      '10',
      '20%',
      '2',
      'Not reported',
      'Not reported',
      'Not reported',
      'Not reported',
    ]);
    const button = within(otherTable()).getByRole('button', {
      name: `Placebo: % affected`,
    });
    await user.click(button);
    expect(terms(otherTable())).toEqual(['Itch', 'Acne', 'Rash']);
    await user.click(button);
    expect(terms(otherTable())).toEqual(['Acne', 'Itch', 'Rash']);
  });

  it('gives no percent where nobody was at risk, and says why', () => {
    renderPart(
      aeModule({
        groups: [aeGroup('EG000', 'Drug', { serious: counts(0, 0) }), aeGroup('EG001', 'Placebo')],
        seriousEvents: [
          aeEvent('serious-1', 'Sepsis', [aeStat('EG000', 0, 0), aeStat('EG001', 1, 10, null)]),
        ],
      }),
    );
    expect(cellsOf(bodyRows(seriousTable())[0]).slice(2)).toEqual([
      '0',
      '0',
      'None at risk',
      '0',
      '1',
      '10',
      '10%',
      'Not given',
    ]);
    const groups = table(/^Participants affected/);
    const serious = within(groups).getByRole('row', { name: /^Serious/ });
    expect(cellsOf(serious)).toEqual(['0 / 0', '1 / 10 (10%)']);
  });

  it('says which of a group’s counts the record lacks', () => {
    renderPart(
      aeModule({
        groups: [
          aeGroup('EG000', null, {
            deaths: counts(null, null),
            serious: counts(null, 10),
            other: counts(3, null),
          }),
        ],
      }),
    );
    const groups = table(/^Participants affected/);
    expect(within(groups).getByRole('columnheader').textContent).toBe('Group EG000 (no title)');
    expect(bodyRows(groups).map(cellsOf)).toEqual([
      ['Not reported'],
      ['affected not given / 10'],
      ['3 / at risk not given'],
    ]);
  });

  it('sums up mixed assessment types and vocabularies over every term', () => {
    renderPart(
      aeModule({
        seriousEvents: [aeEvent('serious-1', 'Sepsis', [], { sourceVocabulary: 'MedDRA 20.0' })],
        otherEvents: [
          aeEvent('other-1', 'Rash', []),
          aeEvent('other-2', 'Itch', [], { assessmentType: 'NON_SYSTEMATIC_ASSESSMENT' }),
          aeEvent('other-3', 'Acne', [], { assessmentType: null, sourceVocabulary: null }),
        ],
      }),
    );
    const value = (term: string) =>
      [...document.querySelectorAll('dl.definition-list > div')]
        .find((pair) => pair.querySelector('dt')?.textContent === term)
        ?.querySelector('dd')?.textContent;
    expect(value('Assessment')).toBe(
      'Mixed: systematic for 2 terms, non-systematic for 1 term; not given for 1 term',
    );
    expect(value('Vocabulary')).toBe(
      'MedDRA 21.1 for 2 terms, MedDRA 20.0 for 1 term; not given for 1 term',
    );
  });

  it('lists terms without an organ system last, saying so, and offers no option for them', () => {
    renderPart(
      aeModule({
        otherEvents: [
          aeEvent('other-1', 'Fatigue', [], { organSystem: null }),
          aeEvent('other-2', 'Rash', []),
        ],
      }),
    );
    expect(bodyRows(otherTable()).map((row) => cellsOf(row).slice(0, 2))).toEqual([
      ['Rash', 'Skin and subcutaneous tissue disorders'],
      ['Fatigue', 'Not given'],
    ]);
    const options = within(systemSelect()).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'All organ systems (2)',
      `Skin and subcutaneous tissue disorders (1)`,
    ]);
  });

  it('shows the record’s invalid values where they belong', () => {
    const path = 'resultsSection.adverseEventsModule.otherEvents[1]';
    render(
      <RecordFactsProvider
        trial={{
          nctId: 'NCT00000000',
          recordProblems: [
            { path: `${path}.stats[1].numAffected`, message: 'expected a whole number' },
            { path: `${path}.organSystem`, message: 'expected at most 2,000 characters' },
          ],
          missingModules: [],
        }}
      >
        <AdverseEventsPart
          adverseEvents={aeModule({
            otherEvents: [
              aeEvent('other-1', 'Rash', [aeStat('EG000', 1, 10)]),
              aeEvent('other-2', 'Itch', [aeStat('EG000', 1, 10)], { organSystem: null }),
            ],
          })}
        />
      </RecordFactsProvider>,
    );
    const [rash, itch] = bodyRows(otherTable());
    expect(cellsOf(rash).slice(0, 2)).toEqual(['Rash', 'Skin and subcutaneous tissue disorders']);
    expect(cellsOf(itch).slice(0, 2)).toEqual([
      `ItchInvalid in the record${path}.stats[1].numAffected: expected a whole number`,
      `Invalid in the record${path}.organSystem: expected at most 2,000 characters`,
    ]);
  });

  it('renders hostile text inert, wrapped and isolated', () => {
    const script = '<script>alert(1)</script>';
    const long = `Nausea ${'x'.repeat(2_000)}`;
    const { container } = renderPart(
      aeModule({
        groups: [
          aeGroup('EG000', '<img src=x onerror=alert(1)>', { description: `\u202E${script}` }),
          aeGroup('EG001', 'Placebo'),
        ],
        description: '<b>bold</b>\nline two',
        otherEvents: [
          aeEvent('other-1', script, [aeStat('EG000', 1, 10), aeStat('EG001', 0, 10)], {
            notes: '<iframe src="https://evil.example"></iframe>',
          }),
          aeEvent('other-2', long, [aeStat('EG000', 2, 10), aeStat('EG001', 0, 10)], {
            organSystem: '\u202Eevil',
          }),
        ],
      }),
    );
    for (const tag of ['script', 'img', 'b', 'iframe'])
      expect(container.querySelector(tag), tag).toBeNull();
    const names = [...otherTable().querySelectorAll('.ae-term__name')].map((n) => n.textContent);
    expect(names).toEqual([long, script]); // "\u202Eevil" sorts as "evil", before "Skin ..."
    expect(otherTable().querySelector('.ae-term__notes')?.textContent).toBe(
      '<iframe src="https://evil.example"></iframe>',
    );
    expect(container.textContent).toContain('<b>bold</b>\nline two');
    const header = within(otherTable()).getByRole('columnheader', {
      name: `<img src=x onerror=alert(1)>: affected`,
    });
    expect(header.getAttribute('scope')).toBe('col');
    // The chart cuts the long term to its room; its data table has it whole.
    const chart = screen.getByRole('img', { name: /^Percent affected/ });
    const labels = [...chart.querySelectorAll('g > text[text-anchor="end"]')].map(
      (text) => text.textContent,
    );
    expect(labels[0]).toMatch(/^Nausea x+…$/);
    expect((labels[0] ?? '').length).toBeLessThan(60);
    expect(table(/^Charted values/).textContent).toContain(long);
    // Left-to-right record text stays as published in the summary (isolate-text.ts).
    expect(document.getElementById('results-adverse-events-chart-summary')?.textContent).toMatch(
      /^Of the 2 terms charted, Nausea x+ \(other event\) differs most/,
    );
  });

  it('says when the record has no events, no groups or nothing to chart', () => {
    renderPart(aeModule({ groups: [] }));
    expect(terms(seriousTable())).toEqual(['The record lists no serious adverse events.']);
    expect(terms(otherTable())).toEqual(['The record lists no other adverse events.']);
    expect(screen.getByText('The record lists no event groups.')).toBeTruthy();
    expect(
      screen.getByText('No adverse event term has participants affected to chart.'),
    ).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
