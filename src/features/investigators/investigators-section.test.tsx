// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { InvestigatorsSection } from './investigators-section';

function roleColumn(): string[] {
  const table = screen.getByRole('table', { name: /investigators/i });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) =>
        within(row).getAllByRole('cell')[2]?.querySelector('.code-label > span')?.textContent ?? '',
    );
}

describe('InvestigatorsSection', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    Element.prototype.scrollIntoView = () => undefined;
  });
  afterEach(cleanup);

  it('sorts roles by seniority, then reverses, then restores the record order; aria-sort follows', async () => {
    const user = userEvent.setup();
    render(<InvestigatorsSection trial={makeTrial()} />);
    const recordOrder = roleColumn();
    const header = screen.getByRole('columnheader', { name: /role/i });
    const button = within(header).getByRole('button');

    await user.click(button);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = roleColumn();
    expect(ascending[0]).toBe('Study chair');
    expect(ascending.at(-1)).toBe('Principal investigator');
    expect(window.location.search).toBe('?investigatorsSort=role');

    button.focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(roleColumn()[0]).toBe('Principal investigator');

    await user.keyboard(' ');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(roleColumn()).toEqual(recordOrder);
    expect(window.location.search).toBe('');
  });

  it('offers each linked site as a button that selects it in the URL', async () => {
    const user = userEvent.setup();
    render(<InvestigatorsSection trial={makeTrial()} />);
    const row = screen.getByRole('row', { name: /Xun Li/ });
    const siteButton = within(row).getByRole('button', { name: 'Lanzhou' });
    expect(siteButton.getAttribute('aria-pressed')).toBe('false');
    await user.click(siteButton);
    expect(siteButton.getAttribute('aria-pressed')).toBe('true');
    expect(new URLSearchParams(window.location.search).get('site')).toBe('site-2');
  });
});
