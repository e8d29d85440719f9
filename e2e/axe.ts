import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeScope {
  /** CSS selector of the only part to check (e.g. one panel of a very large page). */
  include?: string;
  /** CSS selector of a part to leave out (e.g. a preview frame that repeats the page's landmarks). */
  exclude?: string;
}

/**
 * Runs axe on the page and returns its violations as readable lines, "rule-id: target, target",
 * so `expect(await axeViolations(page)).toEqual([])` prints what is wrong and where.
 */
export async function axeViolations(
  page: Page,
  { include, exclude }: AxeScope = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include !== undefined) builder = builder.include(include);
  if (exclude !== undefined) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
