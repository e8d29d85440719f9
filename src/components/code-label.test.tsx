// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeLabel } from './code-label';

afterEach(cleanup);

describe('CodeLabel', () => {
  it('shows the label and keeps the code for hover, machines and screen readers', () => {
    const { container } = render(<CodeLabel label="Phase 1/Phase 2" code="PHASE1/PHASE2" />);
    const label = screen.getByText('Phase 1/Phase 2');
    const data = label.closest('data');
    expect(data?.getAttribute('value')).toBe('PHASE1/PHASE2');
    expect(data?.getAttribute('title')).toBe('Code: PHASE1/PHASE2');
    expect(screen.getByText('(code PHASE1/PHASE2)', { exact: false }).className).toBe(
      'visually-hidden',
    );
    expect(container.textContent).toBe('Phase 1/Phase 2 (code PHASE1/PHASE2)');
  });
});
