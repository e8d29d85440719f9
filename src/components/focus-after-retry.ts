import { FOCUSABLE_SELECTOR, isFocusable, isHiddenOrInert } from './focusable';

/** Where a panel's content goes back to after a retry: the element before it, in its parent. */
export interface PanelPlace {
  parent: Element;
  before: Element | null;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const TARGETS = `${HEADINGS}, ${FOCUSABLE_SELECTOR}`;

/** The panel's first heading or focusable element (not hidden or inert), if its content has rendered one yet. */
function findTarget({ parent, before }: PanelPlace): HTMLElement | null {
  if (!parent.isConnected) return null;
  const first = before ? before.nextElementSibling : parent.firstElementChild;
  if (!first) return null;
  const target = [first, ...first.querySelectorAll(TARGETS)].find(
    (element) => element.matches(TARGETS) && !isHiddenOrInert(element),
  );
  return target instanceof HTMLElement ? target : null;
}

const focusIsLost = () =>
  document.activeElement === null || document.activeElement === document.body;

/**
 * After "Try again" the button that had focus is gone: focus moves to the panel's first heading
 * (made focusable for the moment) or control, so a keyboard or screen-reader user stays where they
 * were. Content that loads first (a lazy chunk) is waited for, as long as focus has not gone
 * anywhere else meanwhile. Returns a function that stops waiting.
 */
export function focusAfterRetry(place: PanelPlace): () => void {
  const tryFocus = (): boolean => {
    if (!focusIsLost()) return true;
    const target = findTarget(place);
    if (!target) return false;
    if (!isFocusable(target) && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(place.parent, { childList: true, subtree: true });
  return () => observer.disconnect();
}
