import type { Locator } from '@playwright/test';

export interface CellValue {
  text: string;
  /** The cell says the record gives no value ("Not given", "None listed"...). */
  missing: boolean;
}

/** Column n (0-based) of a table body, top to bottom. Visually hidden code hints are left out. */
export async function columnValues(table: Locator, index: number): Promise<CellValue[]> {
  return table.locator(`tbody tr > td:nth-child(${index + 1})`).evaluateAll((cells) =>
    cells.map((cell) => {
      const clone = cell.cloneNode(true);
      if (clone instanceof Element) clone.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
      return {
        text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(),
        missing: cell.querySelector(':scope > .missing') !== null,
      };
    }),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export type SortKey = (text: string) => string | number;

/** True when present values are in order (ascending or descending) and missing ones come last. */
export function isSorted(values: CellValue[], key: SortKey, desc: boolean): boolean {
  const present = values.filter((v) => !v.missing);
  const firstMissing = values.findIndex((v) => v.missing);
  if (firstMissing !== -1 && values.slice(firstMissing).some((v) => !v.missing)) return false;
  for (let i = 1; i < present.length; i++) {
    const a = key(present[i - 1]?.text ?? '');
    const b = key(present[i]?.text ?? '');
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    if (desc ? order < 0 : order > 0) return false;
  }
  return true;
}

/** Sort key for a column of labels from an ordered vocabulary (seniority, arm type). */
export function rankKey(order: readonly string[]): SortKey {
  return (text) => {
    const rank = order.findIndex((label) => text.startsWith(label));
    return rank === -1 ? order.length : rank;
  };
}
