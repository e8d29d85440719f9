import { screen, within } from '@testing-library/react';

/**
 * The value (`<dd>`) paired with a term (`<dt>`) of a rendered definition list, so a test ties
 * each value to its field instead of finding the text anywhere. Throws when the term is not
 * there, is there twice, or has no value beside it. `container` narrows the search (one card).
 */
export function valueElementOf(term: string, container?: HTMLElement): HTMLElement {
  const queries = container === undefined ? screen : within(container);
  const dt = queries.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD')
    throw new Error(`the term "${term}" has no <dd> value after it`);
  return dd;
}

/**
 * The text of a term's value, as a screen reader or a copy gets it: code labels include their
 * visually hidden " (code …)", e.g. valueOf('Allocation') is "Non-randomized (code NON_RANDOMIZED)".
 */
export function valueOf(term: string, container?: HTMLElement): string {
  return valueElementOf(term, container).textContent;
}
