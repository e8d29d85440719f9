import { describe, expect, it } from 'vitest';
import {
  hasControlCharacters,
  mailtoLink,
  pubmedLink,
  studyLink,
  telLink,
  webLink,
} from './safe-links';

const href = (link: { href: string } | null) => link?.href ?? null;

describe('webLink (record-supplied web addresses)', () => {
  it('accepts http(s) addresses to any host, normalized, with the host to show', () => {
    expect(webLink('https://reporter.nih.gov/quickSearch/R01DC011020')).toMatchObject({
      href: 'https://reporter.nih.gov/quickSearch/R01DC011020',
      host: 'reporter.nih.gov',
    });
    expect(href(webLink('  HTTP://Example.org/a b '))).toBe('http://example.org/a%20b');
  });

  it('shows an international (look-alike) host name as punycode', () => {
    expect(webLink('https://exаmple.com/')?.host).toBe('xn--exmple-4nf.com');
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'www.example.org',
    '<img src=x onerror=alert(1)>',
    '',
  ])('refuses %j (not an http(s) URL)', (raw) => {
    expect(webLink(raw)).toBeNull();
  });

  it('refuses credentials in the address', () => {
    expect(webLink('https://user:pass@evil.example')).toBeNull();
    expect(webLink('https://user@evil.example')).toBeNull();
    expect(webLink('https://:pass@evil.example')).toBeNull();
  });

  it('refuses control and bidi-control characters anywhere', () => {
    expect(webLink('http://exa\u202Emple.com')).toBeNull();
    expect(webLink('https://example.com/\u2066x\u2069')).toBeNull();
    expect(webLink('https://example.com/\u200F')).toBeNull();
    expect(webLink('https://example.com/\nx')).toBeNull();
    expect(webLink('https://example.com/\u007F')).toBeNull();
    expect(webLink('\u0000https://example.com/')).toBeNull();
  });
});

describe('studyLink', () => {
  it('builds the ClinicalTrials.gov page of a valid NCT id, and its results tab', () => {
    expect(href(studyLink('NCT01573923'))).toBe('https://clinicaltrials.gov/study/NCT01573923');
    expect(href(studyLink('NCT01573923', 'results'))).toBe(
      'https://clinicaltrials.gov/study/NCT01573923?tab=results',
    );
  });

  it.each([
    'NCT0157392',
    'NCT015739234',
    'nct01573923',
    'NCT01573923/../../x',
    'javascript:alert(1)',
    ' NCT01573923',
  ])('refuses %j', (id) => expect(studyLink(id)).toBeNull());
});

describe('pubmedLink', () => {
  it('builds a PubMed link from a digits-only PMID', () => {
    expect(href(pubmedLink('25828372'))).toBe('https://pubmed.ncbi.nlm.nih.gov/25828372/');
  });

  it.each(['', '2582 8372', '25828372/../x', 'javascript:alert(1)', '１２３', '12\u202E3'])(
    'refuses %j',
    (pmid) => expect(pubmedLink(pmid)).toBeNull(),
  );
});

describe('mailtoLink', () => {
  it('links a plain address, percent-encoded', () => {
    expect(href(mailtoLink('pei@example.org'))).toBe('mailto:pei@example.org');
    expect(href(mailtoLink(' first.last+trial@hospital.example.cn '))).toBe(
      'mailto:first.last%2Btrial@hospital.example.cn',
    );
    expect(href(mailtoLink('a/b#c%d@example.org'))).toBe('mailto:a%2Fb%23c%25d@example.org');
  });

  it.each([
    'a@b.c?bcc=x@y.z',
    'a@b.c?subject=hi',
    'a@b.c&bcc=x@y.z',
    'a@b.c,x@y.z',
    'a@b.c;x@y.z',
    'a@b.c\nbcc:x@y.z',
    'a b@c.d',
    'a@b@c.d',
    '"a"@b.c',
    "a'@b.c",
    'javascript:alert(1)@b.c',
    '<img src=x onerror=alert(1)>@b.c',
    'a@b.c>',
    'pei@example',
    'pei@.org',
    '@example.org',
    'pei@',
    'p\u202Eei@example.org',
    'pei@exa\u2066mple.org',
    'not an address',
  ])('refuses %j', (email) => expect(mailtoLink(email)).toBeNull());
});

describe('telLink', () => {
  it('keeps the digits as published, without separators', () => {
    expect(href(telLink('86-10-68214650', null))).toBe('tel:861068214650');
    expect(href(telLink('01.49.95.81.69', null))).toBe('tel:0149958169');
    expect(href(telLink(' +1 (844) 599-2273 ', null))).toBe('tel:+18445992273');
  });

  it('adds a numeric extension, and leaves out one that is not a number', () => {
    expect(href(telLink('555-0100', '42'))).toBe('tel:5550100;ext=42');
    expect(href(telLink('01.49.95.81.69', '+33'))).toBe('tel:0149958169');
    expect(href(telLink('555-0100', '1;ext=2?x'))).toBe('tel:5550100');
  });

  it('drops everything but digits, so no bidi control or script gets into the target', () => {
    expect(href(telLink('\u202E0100-555', null))).toBe('tel:0100555');
    expect(href(telLink('javascript:alert(1)', null))).toBe('tel:1');
  });

  it('is no link for a number without digits', () => {
    expect(telLink('unknown', null)).toBeNull();
    expect(telLink('+', '12')).toBeNull();
    expect(telLink('<img src=x onerror=alert()>', null)).toBeNull();
  });
});

describe('hasControlCharacters', () => {
  it('finds C0 controls, DEL and bidi controls, and nothing else', () => {
    for (const code of [0x00, 0x09, 0x1f, 0x7f, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069]) {
      expect(hasControlCharacters(`a${String.fromCodePoint(code)}b`)).toBe(true);
    }
    expect(hasControlCharacters('Hôpital Saint-Louis, 北京 مستشفى')).toBe(false);
    expect(hasControlCharacters('zero\u200Dwidth joiner')).toBe(false);
  });
});
