import { describe, expect, it } from 'vitest';
import { explorerMessageSchema, hostMessageSchema, withEnvelope } from './embed-messages';

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
      hostMessageSchema.parse({
        source: 'trial-explorer',
        version: 1,
        type: 'select-site',
        siteId: 'site-3',
      }),
    ).toMatchObject({
      siteId: 'site-3',
    });
    expect(
      hostMessageSchema.parse({
        source: 'trial-explorer',
        version: 1,
        type: 'set-filter',
        status: 'RECRUITING',
      }),
    ).toMatchObject({
      status: 'RECRUITING',
    });
  });

  it('reject malformed ones', () => {
    for (const data of [
      undefined,
      42,
      [],
      { source: 'trial-explorer', version: '1', type: 'select-site', siteId: 'site-3' },
      { source: 'trial-explorer', version: 1, type: 'select-site', siteId: 3 },
      { source: 'trial-explorer', version: 1, type: 'set-filter', status: 'PAUSED' },
      { source: 'trial-explorer', version: 1, type: 'resize', height: 10 },
    ]) {
      expect(hostMessageSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
    }
  });
});
