// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordProblemsSection } from './record-problems-section';

afterEach(cleanup);

describe('RecordProblemsSection', () => {
  it('is absent for a clean record', () => {
    const { container } = render(<RecordProblemsSection trial={{ recordProblems: [] }} />);
    expect(container.innerHTML).toBe('');
  });

  it('lists one problem per line and folds many of one kind into a counted group', () => {
    const statuses = Array.from({ length: 250 }, (_, index) => ({
      path: `protocolSection.contactsLocationsModule.locations[${index}].status`,
      message: `expected one of RECRUITING, COMPLETED; got "OPEN"`,
    }));
    render(
      <RecordProblemsSection
        trial={{
          recordProblems: [
            {
              path: 'protocolSection.designModule.enrollmentInfo.count',
              message: 'expected a count of 0 or more, got -3',
            },
            ...statuses,
          ],
        }}
      />,
    );
    const section = screen.getByRole('region', { name: 'Record problems' });
    expect(within(section).getByText(/The record has 251 invalid values\./)).toBeTruthy();
    const items = within(section).getAllByRole('listitem');
    expect(items[0]?.textContent).toBe(
      'protocolSection.designModule.enrollmentInfo.count: expected a count of 0 or more, got -3',
    );
    expect(section.querySelector('summary')?.textContent).toBe(
      'protocolSection.contactsLocationsModule.locations[*].status: expected one of RECRUITING, COMPLETED (250 values)',
    );
    expect(within(section).getByText('and 230 more')).toBeTruthy();
  });
});
