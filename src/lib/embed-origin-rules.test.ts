import { describe, expect, it } from 'vitest';
import { acceptHostMessage, outboundTarget } from './embed-origin-rules';

const parent = { name: 'parent' };
const self = { name: 'self' };
const other = { name: 'another window' };
const HOST = 'https://host.example';
const select = { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3' };

describe('acceptHostMessage', () => {
  const framed = { parent, self, parentOrigin: HOST };

  it('accepts a valid message from the parent at parentOrigin', () => {
    expect(acceptHostMessage({ data: select, origin: HOST, source: parent }, framed)).toEqual(
      select,
    );
  });

  it('ignores another window, another origin, or not being framed', () => {
    expect(acceptHostMessage({ data: select, origin: HOST, source: other }, framed)).toBeNull();
    expect(
      acceptHostMessage({ data: select, origin: 'https://evil.example', source: parent }, framed),
    ).toBeNull();
    expect(
      acceptHostMessage(
        { data: select, origin: HOST, source: self },
        { parent: self, self, parentOrigin: null },
      ),
    ).toBeNull();
  });

  it('without parentOrigin accepts the parent at any origin', () => {
    const open = { parent, self, parentOrigin: null };
    expect(
      acceptHostMessage({ data: select, origin: 'https://any.example', source: parent }, open),
    ).toEqual(select);
    expect(
      acceptHostMessage({ data: select, origin: 'https://any.example', source: other }, open),
    ).toBeNull();
  });

  it('ignores malformed messages', () => {
    const from = (data: unknown) =>
      acceptHostMessage({ data, origin: HOST, source: parent }, framed);
    expect(from(null)).toBeNull();
    expect(from('select-site site-3')).toBeNull();
    expect(from({ ...select, version: 2 })).toBeNull();
    expect(from({ ...select, source: 'someone-else' })).toBeNull();
    expect(from({ ...select, siteId: '<img onerror=alert(1)>' })).toBeNull();
    expect(from({ ...select, type: 'drop-tables' })).toBeNull();
    expect(
      from({ source: 'trial-explorer', version: 1, type: 'set-filter', status: 'recruiting' }),
    ).toBeNull();
    expect(from({ source: 'trial-explorer', version: 1, type: 'set-filter' })).toBeNull();
  });

  it('accepts set-filter with a status code or null', () => {
    const from = (status: unknown) =>
      acceptHostMessage(
        {
          data: { source: 'trial-explorer', version: 1, type: 'set-filter', status },
          origin: HOST,
          source: parent,
        },
        framed,
      );
    expect(from('RECRUITING')).toMatchObject({ type: 'set-filter', status: 'RECRUITING' });
    expect(from(null)).toMatchObject({ type: 'set-filter', status: null });
  });
});

describe('outboundTarget', () => {
  it('posts nothing when not framed', () => {
    expect(outboundTarget('ready', { parent: self, self, parentOrigin: HOST })).toBeNull();
  });

  it('posts everything to parentOrigin when set', () => {
    for (const type of ['ready', 'resize', 'site-selected'] as const) {
      expect(outboundTarget(type, { parent, self, parentOrigin: HOST })).toBe(HOST);
    }
  });

  it('without parentOrigin posts only ready and resize, to "*"', () => {
    const framing = { parent, self, parentOrigin: null };
    expect(outboundTarget('ready', framing)).toBe('*');
    expect(outboundTarget('resize', framing)).toBe('*');
    expect(outboundTarget('site-selected', framing)).toBeNull();
  });
});
