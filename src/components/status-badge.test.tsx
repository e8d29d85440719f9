// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('always carries the status in words, with its colour and group', () => {
    render(<StatusBadge status="ACTIVE_NOT_RECRUITING" />);
    const badge = screen.getByText('Active, not recruiting').closest('.status-badge');
    expect(badge).not.toBeNull();
    expect(badge?.getAttribute('data-status-group')).toBe('active');
    expect(badge?.textContent).toContain('(code ACTIVE_NOT_RECRUITING)');
    // Its colours: status-colors.css, by data-status (status-colors.test.ts holds them to the TS).
    expect(badge?.getAttribute('data-status')).toBe('ACTIVE_NOT_RECRUITING');
  });

  it('renders on the server without a style attribute (the CSP allows none)', () => {
    const html = renderToString(<StatusBadge status="RECRUITING" />);
    expect(html).toContain('data-status="RECRUITING"');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('names UNKNOWN as "Unknown status"', () => {
    render(<StatusBadge status="UNKNOWN" />);
    expect(screen.getByText('Unknown status')).toBeTruthy();
  });
});
