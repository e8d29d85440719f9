import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium-path';

/** 4173 by default; E2E_PORT runs a second suite beside a preview that is already up. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    reducedMotion: 'reduce',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    // `npm run preview` runs `npm run data` and `vite build` first: the tests see the production build.
    command: PORT === 4173 ? 'npm run preview' : `npm run preview -- --port ${PORT}`,
    // The build also includes the generated large trial (NCT99999001, 2,000 sites) and the results
    // trial (NCT99999003: 100 outcomes, 1,000 adverse-event terms) for the scale tests.
    env: { SYNTHETIC_TRIALS: 'large,results' },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
