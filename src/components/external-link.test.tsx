// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { studyLink, webLink } from '@/lib/safe-links';
import { ExternalLink } from './external-link';

afterEach(cleanup);

describe('ExternalLink', () => {
  it('opens in a new tab safely and says so to screen readers', () => {
    render(<ExternalLink link={studyLink('NCT01573923')}>View</ExternalLink>);
    const link = screen.getByRole('link', { name: 'View (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT01573923');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows where a record-supplied link goes', () => {
    render(
      <ExternalLink link={webLink('https://sponsor.example.com/study?id=1')} showHost>
        Study website
      </ExternalLink>,
    );
    expect(
      screen.getByRole('link', {
        name: 'Study website (sponsor.example.com) (opens in a new tab)',
      }),
    ).toBeTruthy();
  });

  it('keeps its text isolated, so a right-to-left override in it cannot reorder the words after it', () => {
    render(<ExternalLink link={webLink('https://example.org/')}>{'evil\u202Etext'}</ExternalLink>);
    const text = screen.getByText('evil\u202Etext');
    expect(text.tagName).toBe('BDI');
  });
});

describe('ExternalLink with a refused address', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'https://user:pass@evil.example'])(
    'shows the text of %j without a link',
    (raw) => {
      render(<ExternalLink link={webLink(raw)}>Bad link</ExternalLink>);
      expect(screen.getByText('Bad link')).toBeTruthy();
      expect(screen.queryAllByRole('link')).toHaveLength(0);
    },
  );
});
