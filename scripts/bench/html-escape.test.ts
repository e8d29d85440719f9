import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape';

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
