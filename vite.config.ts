import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy-plugin.ts';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), contentSecurityPolicyPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The SSR build is the prerender script (scripts/prerender/), run once by Node: public/ is the
    // client build's to copy, not its.
    copyPublicDir: !isSsrBuild,
    // The prerender reads the client build's chunk graph (dist/.vite/manifest.json) to preload the
    // app's code and link its styles in every page (scripts/prerender/app-chunk-links.ts).
    manifest: !isSsrBuild,
    // Every browser the app supports preloads modules natively (the polyfill is 0.4 kB of the
    // initial bundle).
    modulePreload: { polyfill: false },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The Content-Security-Policy header (the built page's policy plus "frame-ancestors *", so any
    // page may frame the explorer) comes from contentSecurityPolicyPlugin; README, "Deployment headers".
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // jsdom's <dialog> lacks showModal/close: one stand-in for every test file.
    setupFiles: ['src/test-support/dialog-polyfill.ts'],
    // Vitest's default leaves one of the two CPUs of CI idle; each test file is still isolated.
    maxWorkers: 2,
  },
}));
