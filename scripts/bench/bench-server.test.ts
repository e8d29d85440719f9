import { describe, expect, it } from 'vitest';
import { benchPort } from './bench-server';

describe('benchPort', () => {
  it('serves on 4191 unless BENCH_PORT names another port', () => {
    expect(benchPort({})).toBe(4191);
    expect(benchPort({ BENCH_PORT: '' })).toBe(4191);
    expect(benchPort({ BENCH_PORT: '4231' })).toBe(4231);
  });

  it('refuses a BENCH_PORT that is no port, with what it got', () => {
    expect(() => benchPort({ BENCH_PORT: 'abc' })).toThrow('(got "abc")');
    expect(() => benchPort({ BENCH_PORT: '70000' })).toThrow('(got "70000")');
    expect(() => benchPort({ BENCH_PORT: '0' })).toThrow('(got "0")');
    expect(() => benchPort({ BENCH_PORT: '42.5' })).toThrow('(got "42.5")');
  });
});
