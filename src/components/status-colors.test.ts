import { readFileSync } from 'node:fs';
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

/** status-colors.css as `data-status value -> { custom property: value }`, lower-cased. */
function cssStatusColors(): Map<string, Record<string, string>> {
  const css = readFileSync(new URL('./status-colors.css', import.meta.url), 'utf8');
  const rules = new Map<string, Record<string, string>>();
  for (const [, key = '', body = ''] of css.matchAll(/\[data-status='([^']+)'\]\s*\{([^}]*)\}/g)) {
    const declarations: Record<string, string> = {};
    for (const [, name = '', value = ''] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
      declarations[name] = value.trim().toLowerCase();
    rules.set(key, declarations);
  }
  return rules;
}

describe('status-colors.css', () => {
  it('states exactly the colours of STATUS_COLORS, one rule per status', () => {
    const expected = new Map<string, Record<string, string>>(
      OVERALL_STATUSES.map((status) => [
        status,
        {
          '--status-fill': STATUS_COLORS[status].background.toLowerCase(),
          '--status-text': STATUS_COLORS[status].text.toLowerCase(),
        },
      ]),
    );
    expect(cssStatusColors()).toEqual(expected);
  });
});
