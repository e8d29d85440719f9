/**
 * The one rule for what a keyboard user can reach: links, buttons, form fields and anything with a
 * non-negative tabindex, unless it sits in a `[hidden]` or `[inert]` part of the page.
 */

export const FOCUSABLE_SELECTOR =
  'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** True when the element is inside (or is) a `[hidden]` or `[inert]` subtree. */
export function isHiddenOrInert(element: Element): boolean {
  return element.closest('[hidden], [inert]') !== null;
}

/** True when the element is focusable by the rule above. */
export function isFocusable(element: Element): boolean {
  return element.matches(FOCUSABLE_SELECTOR) && !isHiddenOrInert(element);
}

/** The focusable elements inside `root` (not `root` itself), in document order. */
export function focusableElements(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE_SELECTOR)].filter(
    (element) => !isHiddenOrInert(element),
  );
}
