import { describe, expect, it } from 'vitest';
import { EMBED_EXAMPLE_POLICY } from './content-security-policy';
import { policyInHtml, previewPolicyFor } from './content-security-policy-plugin';

const BUILT = "default-src 'self'; img-src 'self' data:";

describe('previewPolicyFor', () => {
  it("sends the app's pages and assets the built policy plus frame-ancestors", () => {
    for (const path of [
      '/',
      '/?trial=NCT01573923&embed=1',
      '/index.html',
      '/NCT01573923',
      '/assets/index-abc.js',
    ]) {
      expect(previewPolicyFor(path, BUILT)).toBe(`${BUILT}; frame-ancestors *`);
    }
  });

  it('gives the embed example host page its own policy', () => {
    expect(previewPolicyFor('/embed-example.html?app=http://127.0.0.1:4173', BUILT)).toBe(
      EMBED_EXAMPLE_POLICY,
    );
  });

  it("leaves the trial data and the bench's static comparison pages alone", () => {
    expect(previewPolicyFor('/data/catalog.json', BUILT)).toBeNull();
    expect(previewPolicyFor('/data/trials/NCT01573923.json', BUILT)).toBeNull();
    expect(previewPolicyFor('/bench-static/NCT01573923.html', BUILT)).toBeNull();
  });
});

describe('policyInHtml', () => {
  it('reads the policy back from the meta tag as Vite writes it (quotes escaped)', () => {
    const html =
      '<head>\n  <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data:">\n<meta charset="UTF-8" />';
    expect(policyInHtml(html)).toBe(BUILT);
  });

  it('is null for a page without one', () => {
    expect(policyInHtml('<head><meta charset="UTF-8" /></head>')).toBeNull();
  });
});
