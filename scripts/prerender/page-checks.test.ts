import { describe, expect, it } from 'vitest';
import { pageProblems } from './page-checks';

describe('pageProblems', () => {
  it('accepts scripts from files and JSON data blocks', () => {
    const html =
      '<head><script type="module" crossorigin src="/assets/index.js"></script><script src="/boot.js"></script></head>' +
      '<body><div id="root"><p class="x">Hi</p></div><script type="application/json" id="trial-data">{"a":1}</script></body>';
    expect(pageProblems('index.html', html)).toEqual([]);
  });

  it('names an inline executable script, with or without a type', () => {
    expect(pageProblems('a.html', '<script>alert(1)</script>')).toEqual([
      'a.html: an inline script (<script>) would run; the CSP forbids it',
    ]);
    expect(pageProblems('a.html', '<script type="module">import "x"</script>')).toHaveLength(1);
  });

  it('names a style attribute and an inline event handler', () => {
    expect(pageProblems('a.html', '<span class="dot" style="color:red">x</span>')[0]).toMatch(
      /^a\.html: a style attribute \(<span class="dot" style="color:red"/,
    );
    expect(pageProblems('a.html', '<img src="x.svg" onerror="alert(1)">')).toEqual([
      'a.html: an inline event handler (onerror on <img>); the CSP forbids it',
    ]);
  });

  it('reads attributes, not text: words that look like attributes in a value are no problem', () => {
    const html = '<abbr title="onset = day 1; style = plain">x</abbr><p>style="a" onload=b</p>';
    expect(pageProblems('a.html', html)).toEqual([]);
  });
});
