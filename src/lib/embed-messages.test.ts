import { describe, expect, it } from 'vitest';
import { readHostMessage, withEnvelope } from './embed-messages';
import { explorerMessageSchema } from './explorer-message-schema';

describe('explorer messages', () => {
  it('carry the versioned envelope and validate', () => {
    const ready = withEnvelope({ type: 'ready', trialId: 'NCT01573923' });
    expect(ready).toEqual({
      source: 'trial-explorer',
      version: 1,
      type: 'ready',
      trialId: 'NCT01573923',
    });
    expect(explorerMessageSchema.parse(ready)).toEqual(ready);
    const site = withEnvelope({
      type: 'site-selected',
      siteId: 'site-2',
      facility: null,
      city: 'Beijing',
    });
    expect(explorerMessageSchema.parse(site)).toEqual(site);
    expect(
      explorerMessageSchema.parse(withEnvelope({ type: 'resize', height: 412 })),
    ).toMatchObject({ height: 412 });
  });

  it('reject malformed shapes', () => {
    expect(
      explorerMessageSchema.safeParse({
        source: 'trial-explorer',
        version: 1,
        type: 'resize',
        height: -1,
      }).success,
    ).toBe(false);
    expect(
      explorerMessageSchema.safeParse({ source: 'trial-explorer', version: 1, type: 'ready' })
        .success,
    ).toBe(false);
    expect(explorerMessageSchema.safeParse({ type: 'ready', trialId: 'NCT01573923' }).success).toBe(
      false,
    );
  });
});

describe('host messages', () => {
  it('accept select-site and set-filter', () => {
    expect(
      readHostMessage({
        source: 'trial-explorer',
        version: 1,
        type: 'select-site',
        siteId: 'site-3',
      }),
    ).toEqual({ source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3' });
    expect(
      readHostMessage({
        source: 'trial-explorer',
        version: 1,
        type: 'set-filter',
        status: 'RECRUITING',
        extra: 'dropped',
      }),
    ).toEqual({ source: 'trial-explorer', version: 1, type: 'set-filter', status: 'RECRUITING' });
    expect(
      readHostMessage({ source: 'trial-explorer', version: 1, type: 'set-filter', status: null }),
    ).toMatchObject({ status: null });
  });

  it('reject malformed ones', () => {
    for (const data of [
      undefined,
      42,
      [],
      { source: 'trial-explorer', version: '1', type: 'select-site', siteId: 'site-3' },
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 3 },
      { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'PAUSED' },
      { source: 'trial-explorer', version: 1, type: 'set-filter' },
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 'site-3x' },
      { source: 'other', version: 1, type: 'select-site', siteId: 'site-3' },
      { source: 'trial-explorer', version: 1, type: 'resize', height: 10 },
    ]) {
      expect(readHostMessage(data), JSON.stringify(data)).toBeNull();
    }
  });
});
