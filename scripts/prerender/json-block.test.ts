import { describe, expect, it } from 'vitest';
import { jsonForScriptElement } from './json-block';

describe('jsonForScriptElement', () => {
  const nasty = {
    title: '</script><script>alert(1)</script>',
    comment: '<!-- a & b -->',
    separators: 'line\u2028paragraph\u2029end',
  };

  it('leaves no character that could end the element or start markup', () => {
    const text = jsonForScriptElement(nasty);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u2028');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScriptElement(nasty))).toEqual(nasty);
  });
});
