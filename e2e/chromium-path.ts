import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser the tests (and later the demo and benchmark) drive: Debian's Chromium where it exists,
 * else Playwright's own (after `npx playwright install chromium`). Neither: one clear instruction.
 */
export function findChromium(): string {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
  );
}

/** Flags that keep Chromium quiet and offline-friendly in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
