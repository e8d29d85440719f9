// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';
import { STATUS_COLORS } from './status-colors';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('always carries the status in words, with its colour and group', () => {
    render(<StatusBadge status="ACTIVE_NOT_RECRUITING" />);
    const badge = screen.getByText('Active, not recruiting').closest('.status-badge');
    expect(badge).not.toBeNull();
    expect(badge?.getAttribute('data-status-group')).toBe('active');
    expect(badge?.textContent).toContain('(code ACTIVE_NOT_RECRUITING)');
    const { background } = STATUS_COLORS.ACTIVE_NOT_RECRUITING;
    const div = document.createElement('div');
    div.style.backgroundColor = background;
    expect(badge?.getAttribute('style')).toContain(div.style.backgroundColor);
  });

  it('names UNKNOWN as "Unknown status"', () => {
    render(<StatusBadge status="UNKNOWN" />);
    expect(screen.getByText('Unknown status')).toBeTruthy();
  });
});
