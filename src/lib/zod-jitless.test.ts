import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import './zod-jitless';

describe('zod-jitless', () => {
  it('makes zod parse objects without compiling code (no eval under the CSP)', () => {
    expect(z.config().jitless).toBe(true);
    const compile = vi.spyOn(globalThis, 'Function');
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(compile).not.toHaveBeenCalled();
  });
});
