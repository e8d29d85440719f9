import { describe, expect, it, vi } from 'vitest';

describe('zod-jitless', () => {
  it('makes zod, loaded after it, parse objects without compiling code (no eval under the CSP)', async () => {
    vi.resetModules();
    delete globalThis.__zod_globalConfig;
    await import('./zod-jitless');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    const compile = vi.spyOn(globalThis, 'Function');
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(compile).not.toHaveBeenCalled();
  });

  it('also when zod has loaded before it', async () => {
    vi.resetModules();
    const { z } = await import('zod');
    z.config({ jitless: false });
    await import('./zod-jitless');
    expect(z.config().jitless).toBe(true);
  });
});
