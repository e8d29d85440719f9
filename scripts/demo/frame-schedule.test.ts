import { describe, expect, it } from 'vitest';
import { frameSchedule } from './frame-schedule';

describe('frameSchedule', () => {
  it('holds each frame until the next one arrives, and the last one until the end', () => {
    expect(frameSchedule([10, 10.25, 11], 11.5, 4)).toEqual([0, 1, 1, 1, 2, 2]);
  });

  it('drops frames that arrive between two ticks', () => {
    expect(frameSchedule([0, 0.1, 0.2, 0.6], 1, 2)).toEqual([0, 2]);
  });

  it('gives no ticks without frames, and at least one tick with one', () => {
    expect(frameSchedule([], 5, 10)).toEqual([]);
    expect(frameSchedule([3], 3, 10)).toEqual([0]);
  });
});
