import type { Locator } from '@playwright/test';

/**
 * The text of column n (0-based) of a table body, top to bottom, as a reader sees it: visually
 * hidden code hints ("(code PHASE1)") are left out, and so are the contacts under a site's name
 * (the column's value is the facility); white space is collapsed.
 */
export async function columnTexts(table: Locator, index: number): Promise<string[]> {
  return table.locator(`tbody tr > td:nth-child(${index + 1})`).evaluateAll((cells) =>
    cells.map((cell) => {
      const clone = cell.cloneNode(true);
      if (clone instanceof Element)
        clone.querySelectorAll('.visually-hidden, .site-contacts').forEach((e) => e.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
}
