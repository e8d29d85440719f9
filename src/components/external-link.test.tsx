// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExternalLink } from './external-link';

afterEach(cleanup);

describe('ExternalLink', () => {
  it('opens in a new tab safely and says so to screen readers', () => {
    render(<ExternalLink href="https://clinicaltrials.gov/study/NCT01573923">View</ExternalLink>);
    const link = screen.getByRole('link', { name: 'View (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT01573923');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('ExternalLink with an address that is not a web page', () => {
  it('shows the text without a link', () => {
    render(<ExternalLink href="javascript:alert(1)">Bad link</ExternalLink>);
    expect(screen.getByText('Bad link')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
