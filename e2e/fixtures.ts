import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { trialPath } from './selectors';

interface Guard {
  /** Console errors, page errors and requests to other origins seen during the test. */
  problems: string[];
  /** Content-Security-Policy violations in the page or any frame: "script-src-elem inline (…)". */
  cspViolations: string[];
}

/** Prefix of the console error that reportCspViolations (below) writes for each violation. */
const CSP_VIOLATION = 'CSP violation: ';

/** Runs in every frame before its own scripts: reports each CSP violation as a recognisable console error. */
function reportCspViolations(prefix: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${String(event.lineNumber)}` : '';
      const sample = event.sample ? `, sample ${JSON.stringify(event.sample)}` : '';
      console.error(
        `${prefix}${event.effectiveDirective} ${event.blockedURI || 'inline'} (${event.documentURI}${where}${sample})`,
      );
    },
    true,
  );
}

/** "script-src-elem inline (…)" -> "script-src-elem inline": what a test names in expectedCspViolations. */
export const violationSummary = (violation: string) => violation.split(' (')[0];

/**
 * Every test runs with a guard: any console error, uncaught page error, or request to an
 * origin other than the app's own fails the test, whatever the test itself checks.
 * A test that needs a second origin (the embed tests serve the host page from
 * http://localhost:4173) names it with `test.use({ allowedOrigins: [...] })`; the default is none.
 * Any Content-Security-Policy violation fails the test too; one that provokes violations on
 * purpose lists them, `test.use({ expectedCspViolations: ['script-src-elem inline'] })` (directive
 * and blocked URL), and then Chromium's own console errors for them are not counted as problems.
 * A test that causes another console error on purpose (an aborted request logs "Failed to load
 * resource") names exactly that error with `test.use({ expectedConsoleErrors: [/.../] })`: each
 * pattern is matched against the message followed by the URL it comes from, "<text> @ <url>";
 * any other console error still fails the test.
 */
export const test = base.extend<{
  guard: Guard;
  allowedOrigins: string[];
  expectedCspViolations: string[];
  expectedConsoleErrors: RegExp[];
}>({
  allowedOrigins: [[], { option: true }],
  expectedCspViolations: [[], { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async (
      { page, baseURL, allowedOrigins, expectedCspViolations, expectedConsoleErrors },
      use,
    ) => {
      const guard: Guard = { problems: [], cspViolations: [] };
      await page.addInitScript(reportCspViolations, CSP_VIOLATION);
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const allowed = new Set([ownOrigin, ...allowedOrigins]);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (text.startsWith(CSP_VIOLATION)) {
          guard.cspViolations.push(text.slice(CSP_VIOLATION.length));
          return;
        }
        // Chromium's own console error for a violation provoked on purpose (the listener reports it).
        if (expectedCspViolations.length > 0 && text.includes('Content Security Policy')) return;
        const seen = `${text} @ ${message.location().url}`;
        if (expectedConsoleErrors.some((expected) => expected.test(seen))) return;
        guard.problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!allowed.has(new URL(url).origin))
          guard.problems.push(`request to another origin: ${url}`);
      });
      await use(guard);
      expect(guard.problems, 'console errors, page errors or foreign requests').toEqual([]);
      expect(
        guard.cspViolations.map(violationSummary),
        `CSP violations: ${guard.cspViolations.join('; ')}`,
      ).toEqual(expectedCspViolations);
    },
    { auto: true },
  ],
  page: async ({ page }, provide) => {
    // A prerendered page is on screen before React takes it over, and a click before that does
    // nothing (as for any reader on a slow connection). Tests act like a reader who waits for the
    // page to work: after navigating to one of the app's pages, wait for React's first commit
    // (`data-app` on <html>, src/app/started-mark.tsx). Other documents (the embed host page, data
    // files) are left as they are, and so is a navigation that asks to return at once ('commit': a
    // test of the page before its scripts run). A reload waits the same way.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== 'commit' && isAppDocument(page.url()))
        await page.locator('html[data-app]').waitFor({ state: 'attached' });
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      if (options?.waitUntil !== 'commit' && isAppDocument(page.url()))
        await page.locator('html[data-app]').waitFor({ state: 'attached' });
      return response;
    };
    await provide(page);
  },
});

/** Whether a URL is one of the app's pages (the base with a query, or a trial's own page). */
function isAppDocument(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname === '/' || pathname === '/index.html' || pathname.startsWith('/trials/');
}

export { expect };

/** Opens NCT01573923's page (plus any extra query: "?site=site-2") and waits for its title. */
export async function openTrial(page: Page, query = ''): Promise<void> {
  await page.goto(`${trialPath('NCT01573923')}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * Waits until `locator`'s markup has stayed the same for `quietMs` (content React may draw again,
 * such as a Leaflet popup's, before axe reads it).
 */
export async function expectUnchanged(locator: Locator, quietMs = 300): Promise<void> {
  let last = await locator.innerHTML();
  await expect
    .poll(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        const now = await locator.innerHTML();
        const same = now === last;
        last = now;
        return same;
      },
      { message: 'the content kept changing' },
    )
    .toBe(true);
}
