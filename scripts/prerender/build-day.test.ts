import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/today';
import { buildDay } from './build-day';

const now = new Date('2026-12-01T18:30:00Z');

describe('buildDay', () => {
  it('is the day of the build, at 00:00 UTC', () => {
    expect(buildDay({}, now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('follows SOURCE_DATE_EPOCH, and refuses one that is not whole seconds', () => {
    expect(isoDay(buildDay({ SOURCE_DATE_EPOCH: '1428969600' }, now))).toBe('2015-04-14');
    expect(() => buildDay({ SOURCE_DATE_EPOCH: 'yesterday' }, now)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
