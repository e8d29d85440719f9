import type { Locator, Page } from '@playwright/test';

const CAPTION_ID = 'demo-caption';
const HIGHLIGHT_ATTRIBUTE = 'data-demo-highlight';

/**
 * The presenter's caption: a bar at the bottom of the viewport, inserted into the DOM by the demo
 * (not part of the app). It is aria-hidden and ignores the pointer, so it changes neither the
 * accessibility tree nor what a click hits. Re-created after a navigation; moved into an open modal dialog.
 */
export async function showCaption(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ({ id, text }) => {
      let bar = document.getElementById(id);
      if (!bar) {
        bar = document.createElement('div');
        bar.id = id;
        bar.setAttribute('aria-hidden', 'true');
        Object.assign(bar.style, {
          position: 'fixed',
          left: '50%',
          bottom: '20px',
          transform: 'translateX(-50%)',
          maxWidth: '80%',
          padding: '10px 18px',
          borderRadius: '8px',
          background: 'rgba(17, 24, 39, 0.92)',
          color: '#fff',
          font: '600 18px/1.35 system-ui, sans-serif',
          textAlign: 'center',
          boxShadow: '0 4px 16px rgba(0, 0, 0, 0.3)',
          pointerEvents: 'none',
          zIndex: '2147483647',
        });
      }
      // A modal <dialog> sits in the top layer, above any z-index: the caption goes inside it then.
      const host = document.querySelector('dialog[open]') ?? document.body;
      if (bar.parentElement !== host) host.append(bar);
      bar.textContent = text;
    },
    { id: CAPTION_ID, text },
  );
}

/** Draws a ring around an element (in page coordinates, so it scrolls with it): "look here". */
export async function highlight(target: Locator): Promise<void> {
  await target.evaluate((element, attribute) => {
    const rect = element.getBoundingClientRect();
    const ring = document.createElement('div');
    ring.setAttribute(attribute, '');
    ring.setAttribute('aria-hidden', 'true');
    Object.assign(ring.style, {
      position: 'absolute',
      left: `${rect.left + window.scrollX - 6}px`,
      top: `${rect.top + window.scrollY - 6}px`,
      width: `${rect.width + 12}px`,
      height: `${rect.height + 12}px`,
      border: '3px solid #f59e0b',
      borderRadius: '8px',
      pointerEvents: 'none',
      zIndex: '2147483646',
    });
    document.body.append(ring);
  }, HIGHLIGHT_ATTRIBUTE);
}

export async function clearHighlights(page: Page): Promise<void> {
  await page.evaluate((attribute) => {
    document.querySelectorAll(`[${attribute}]`).forEach((ring) => ring.remove());
  }, HIGHLIGHT_ATTRIBUTE);
}
