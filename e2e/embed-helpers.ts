import type { Frame, Page } from '@playwright/test';

export const TRIAL = 'NCT01573923';
const PORT = process.env.E2E_PORT ?? '4173';
export const APP_ORIGIN = `http://127.0.0.1:${PORT}`;
/** The same `vite preview`, reached by another name: a second origin for cross-origin tests. */
export const HOST_ORIGIN = `http://localhost:${PORT}`;
export const EXAMPLE_HOST_URL = `${HOST_ORIGIN}/embed-example.html?app=${encodeURIComponent(APP_ORIGIN)}`;

export function embedPath(view: string, extra = ''): string {
  return `/?trial=${TRIAL}&embed=1&view=${view}${extra}`;
}

/**
 * Serves a tiny host page at `url` (intercepted, never reaching the server) holding `body`,
 * e.g. an iframe; returns after navigating to it.
 */
export async function openHostPage(page: Page, url: string, body: string): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.goto(url);
}

export interface ScrollReport {
  scrollWidth: number;
  clientWidth: number;
  /** Elements (the document included) that scroll vertically right now. */
  verticalScrollers: string[];
}

/** What scrolls inside a framed document. */
export function scrollReport(frame: Frame): Promise<ScrollReport> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const verticalScrollers: string[] = [];
    if (root.scrollHeight > root.clientHeight + 1) verticalScrollers.push('document');
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
      if (scrolls && element.scrollHeight > element.clientHeight + 1) {
        verticalScrollers.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, verticalScrollers };
  });
}
