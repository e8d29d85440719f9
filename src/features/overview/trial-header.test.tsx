// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import { valueOf } from '@/test-support/definition-value';
import { makeTrial } from '@/test-support/make-trial';
import { TrialHeader } from './trial-header';

afterEach(cleanup);

describe('TrialHeader', () => {
  it('shows the brief title as the one h1, with the NCT id', () => {
    render(<TrialHeader trial={makeTrial()} />);
    const headings = screen.getAllByRole('heading');
    expect(headings).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Safety and Efficacy Study of Umbilical Mesenchymal Stem Cells for Liver Cirrhosis',
    );
    expect(valueOf('NCT ID')).toBe('NCT01573923');
  });

  it('shows NCT01573923 key facts as published', () => {
    render(<TrialHeader trial={makeTrial()} />);
    expect(screen.getByText('Phase 1/Phase 2')).toBeTruthy();
    expect(screen.getByText('Interventional')).toBeTruthy();
    expect(valueOf('Enrollment')).toBe('320 participants');
    expect(valueOf('Study start')).toBe('July 31, 2014');
    expect(valueOf('Study completion')).toBe('October 31, 2015');
    expect(valueOf('Last update posted')).toBe('April 14, 2015');
    expect(valueOf('Primary completion')).toBe('Not provided');
    expect(valueOf('Official title')).toBe('Not provided');
    expect(valueOf('Results')).toBe('No results posted.');
  });

  it('explains UNKNOWN status and says no last known status is published', () => {
    render(<TrialHeader trial={makeTrial()} />);
    expect(screen.getByText('Unknown status')).toBeTruthy();
    const note = valueOf('Recruitment status');
    expect(note).toContain('passed its completion date');
    expect(note).toContain('not been verified in more than two years');
    expect(note).toContain('No last known status is published.');
  });

  it('gives the last known status when there is one, and estimated dates and counts', () => {
    const base = makeTrial();
    render(
      <TrialHeader
        trial={makeTrial({
          status: {
            ...base.status,
            lastKnown: 'RECRUITING',
            primaryCompletion: { date: '2015-10', type: 'ESTIMATED' },
          },
          enrollment: { count: 320, type: 'ESTIMATED' },
        })}
      />,
    );
    expect(valueOf('Recruitment status')).toContain('Last known status: Recruiting.');
    expect(valueOf('Primary completion')).toBe('October 2015 (estimated)');
    expect(valueOf('Enrollment')).toBe('320 participants (estimated)');
  });

  it('links to ClinicalTrials.gov in a new tab, and there to results this record lacks', () => {
    render(<TrialHeader trial={makeTrial({ hasResults: true, resultsModules: [] })} />);
    const study = screen.getByRole('link', { name: /View on ClinicalTrials.gov/ });
    expect(study.getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT01573923');
    expect(study.getAttribute('target')).toBe('_blank');
    expect(study.getAttribute('rel')).toBe('noopener noreferrer');
    const results = within(
      screen.getByText('Results', { selector: 'dt' }).parentElement ?? document.body,
    ).getByRole('link');
    expect(results.getAttribute('href')).toBe(
      'https://clinicaltrials.gov/study/NCT01573923?tab=results',
    );
    expect(results.getAttribute('rel')).toBe('noopener noreferrer');
    expect(valueOf('Results')).toBe(
      'ClinicalTrials.gov has results for this study, but this copy of the record does not include them. see the results on ClinicalTrials.gov (opens in a new tab)',
    );
  });

  it('points to the Results section when the record carries results', () => {
    const status = { ...makeTrial().status, resultsFirstPosted: { date: '2020-08', type: null } };
    render(
      <TrialHeader trial={makeTrial({ hasResults: true, resultsModules: ['baseline'], status })} />,
    );
    expect(valueOf('Results')).toBe('Results first posted August 2020. Read the results');
    const link = within(
      screen.getByText('Results', { selector: 'dt' }).parentElement ?? document.body,
    ).getByRole('link', { name: 'Read the results' });
    expect(link.getAttribute('href')).toBe('#results');
  });

  it('says plainly when phase, study type and enrollment are missing; shows other statuses', () => {
    render(
      <TrialHeader
        trial={makeTrial({
          phases: [],
          studyType: null,
          enrollment: null,
          status: { ...makeTrial().status, overall: 'WITHDRAWN', whyStopped: 'No funding' },
        })}
      />,
    );
    expect(valueOf('Phase')).toBe('Not provided');
    expect(valueOf('Study type')).toBe('Not provided');
    expect(valueOf('Enrollment')).toBe('Not provided');
    expect(valueOf('Recruitment status')).toContain('Why stopped: No funding');
    expect(valueOf('Recruitment status')).not.toContain('two years');
  });
});

describe('TrialHeader for a broken record', () => {
  it('says which values are invalid, with their paths, and which are simply not published', () => {
    const trial = makeTrial({
      enrollment: null,
      status: { ...makeTrial().status, overall: null, start: null },
      recordProblems: [
        {
          path: 'protocolSection.designModule.enrollmentInfo.count',
          message: 'expected a count of 0 or more, got -3',
        },
        {
          path: 'protocolSection.statusModule.startDateStruct.date',
          message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2014-13-45"',
        },
      ],
    });
    render(
      <RecordFactsProvider trial={trial}>
        <TrialHeader trial={trial} />
      </RecordFactsProvider>,
    );
    expect(valueOf('Enrollment')).toBe(
      'Invalid in the recordprotocolSection.designModule.enrollmentInfo.count: expected a count of 0 or more, got -3',
    );
    expect(valueOf('Study start')).toBe(
      'Invalid in the recordprotocolSection.statusModule.startDateStruct.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2014-13-45"',
    );
    // Without a status the study may still be under way: the record's age is still said.
    expect(valueOf('Recruitment status')).toMatch(
      /^Not providedLast updated April 14, 2015, over \d+ years ago: site statuses may have changed\./,
    );
    expect(valueOf('Primary completion')).toBe('Not provided');
  });

  it('without a title or a status module, says so instead of inventing them', () => {
    const trial = makeTrial({
      briefTitle: null,
      status: { ...makeTrial().status, overall: null },
      missingModules: ['statusModule'],
    });
    render(
      <RecordFactsProvider trial={trial}>
        <TrialHeader trial={trial} />
      </RecordFactsProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'NCT01573923 (no title in the record)',
    );
    expect(screen.getByText('The record gives no brief title.')).toBeTruthy();
    expect(
      screen.getByText(
        'The record does not contain a statusModule (recruitment status and dates).',
      ),
    ).toBeTruthy();
  });
});
