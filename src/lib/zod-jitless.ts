import type { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, probing for it as each object
 * schema is created. The page's Content-Security-Policy allows no eval, and Chromium reports even
 * the probe (which zod catches) as a policy violation with a console error. Jitless parsing is the
 * same parsing, without eval. This must run before any module creates a schema: index.html loads it
 * as the first module script, and a worker that parses must import it as its very first import.
 *
 * It sets zod's global config object (`globalThis.__zod_globalConfig`, shared by every copy of
 * zod and read when zod loads: zod's own way to configure it before it is imported), so the page
 * can set it without loading zod itself: zod loads later, with the results or a record.
 */
declare global {
  // A global is declared with var (let and const do not make a property of globalThis).
  var __zod_globalConfig: z.core.$ZodConfig | undefined;
}

globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, {
  jitless: true,
});
