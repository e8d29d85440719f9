import { describe, expect, it } from 'vitest';
import { OVERALL_STATUSES } from '@/trial/vocabulary';
import { STATUS_COLORS, statusGroup } from './status-colors';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('STATUS_COLORS', () => {
  it.each(OVERALL_STATUSES)('%s: text on its fill meets WCAG AA (4.5:1)', (status) => {
    const { background, text } = STATUS_COLORS[status];
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(OVERALL_STATUSES)('%s: the fill stands out from a white page (3:1)', (status) => {
    expect(contrast(STATUS_COLORS[status].background, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('gives every status its own colour', () => {
    const fills = OVERALL_STATUSES.map((status) => STATUS_COLORS[status].background.toLowerCase());
    expect(new Set(fills).size).toBe(OVERALL_STATUSES.length);
  });

  it('groups statuses', () => {
    expect(statusGroup('RECRUITING')).toBe('recruiting');
    expect(statusGroup('NOT_YET_RECRUITING')).toBe('not-yet');
    expect(statusGroup('ACTIVE_NOT_RECRUITING')).toBe('active');
    expect(statusGroup('COMPLETED')).toBe('closed');
    expect(statusGroup('UNKNOWN')).toBe('unknown');
  });
});
