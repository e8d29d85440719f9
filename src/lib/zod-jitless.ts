import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, probing for it as each object
 * schema is created. The page's Content-Security-Policy allows no eval, and Chromium reports even
 * the probe (which zod catches) as a policy violation with a console error. Jitless parsing is the
 * same parsing, without eval. This must run before any module creates a schema: index.html loads it
 * as the first module script (Vite bundles both scripts into one entry, this import first), and a
 * worker that parses must import it as its very first import.
 */
z.config({ jitless: true });
