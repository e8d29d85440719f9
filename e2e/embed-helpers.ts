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
 * Opens a tiny host page at `origin` holding `body` (e.g. a pasted iframe snippet). The document
 * comes from the real server (a static JSON file, which Chromium shows as a plain HTML document),
 * then its content is replaced: a page fulfilled by page.route() would count as a public address,
 * and Chromium's local network access checks would block it from framing a loopback app. Data
 * files come without the app's Content-Security-Policy, so the host may use inline styles, as a
 * pasted snippet does.
 */
export async function openHostPage(page: Page, origin: string, body: string): Promise<void> {
  // A JSON document has no icon link, so the browser asks for /favicon.ico (a 404 here).
  await page.route(`${origin}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await page.goto(`${origin}/data/catalog.json`);
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0">${body}</body></html>`,
  );
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
