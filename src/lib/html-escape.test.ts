import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeUrlAttribute, unescapeHtml } from './html-escape';

describe('escapeHtml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('escapes an ampersand once, so entities in the text stay visible as typed', () => {
    expect(escapeHtml('&amp; 5 > 3')).toBe('&amp;amp; 5 &gt; 3');
  });

  it('leaves other text, accents and CJK alone', () => {
    expect(escapeHtml('Xi’an, 陕西 – São Paulo')).toBe('Xi’an, 陕西 – São Paulo');
  });
});

describe('unescapeHtml', () => {
  it('undoes escapeHtml exactly', () => {
    const text = `default-src 'self'; <a href="?a=1&b=2"> &amp; &#39;`;
    expect(unescapeHtml(escapeHtml(text))).toBe(text);
  });

  it('reads the five entities and leaves others as written', () => {
    expect(unescapeHtml('&#39;self&#39; &lt;b&gt; &quot;x&quot; &amp;amp; &nbsp; &#x27;')).toBe(
      `'self' <b> "x" &amp; &nbsp; &#x27;`,
    );
  });
});

describe('escapeUrlAttribute', () => {
  it('keeps query separators readable and escapes everything else', () => {
    expect(escapeUrlAttribute('https://x.example/?trial=NCT1&embed=1&view=map')).toBe(
      'https://x.example/?trial=NCT1&embed=1&view=map',
    );
    expect(escapeUrlAttribute('https://x.example/?q="><script>&amp;x & y')).toBe(
      'https://x.example/?q=&quot;&gt;&lt;script&gt;&amp;amp;x &amp; y',
    );
  });
});
