import { tileLayerSetting } from '../src/features/sites/tile-layer-setting.ts';

/**
 * The Content-Security-Policy of the built app (README, "Deployment headers"). Nothing from a
 * record ever runs: scripts, styles, workers and frames come only from the app's own origin, no
 * inline script or style, no eval, and the page talks to no origin but its own (plus the tile
 * host, when the deployer configures a tile layer at build time).
 */
export interface PolicyOptions {
  /** CSP source of the tile host ("https://tile.example.org"), added to img-src and connect-src. */
  tileSource?: string | null;
  /** What the page may frame; the app frames only itself (the embed dialog's preview). */
  frameSources?: readonly string[];
  /**
   * Who may frame the page. Header only: browsers ignore frame-ancestors in a <meta> policy and
   * Chromium logs a console error for it there.
   */
  frameAncestors?: readonly string[];
}

const SELF = "'self'";

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const tile = options.tileSource ? [options.tileSource] : [];
  const directives: [string, readonly string[]][] = [
    ['default-src', [SELF]],
    ['script-src', [SELF]],
    ['style-src', [SELF]],
    // data: for the small images Vite inlines into the CSS (Leaflet's control icons).
    ['img-src', [SELF, 'data:', ...tile]],
    ['connect-src', [SELF, ...tile]],
    // The same-origin module workers: the data worker (trial, catalog, results) and the record reader.
    ['worker-src', [SELF]],
    ['frame-src', options.frameSources ?? [SELF]],
    ['object-src', ["'none'"]],
    ['base-uri', [SELF]],
    ['form-action', [SELF]],
  ];
  if (options.frameAncestors) directives.push(['frame-ancestors', options.frameAncestors]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** A host, or "*." plus a host for Leaflet's "{s}" subdomain placeholder, with an optional port. */
const CSP_HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/**
 * The CSP source for a tile URL template's host: "https://{s}.tile.example.org/{z}/{x}/{y}.png"
 * gives "https://*.tile.example.org". Null when the host cannot be written as a CSP source
 * (anything but letters, digits, dots, hyphens and a port), so nothing else can slip into the policy.
 */
export function tileSource(template: string): string | null {
  const match = /^https:\/\/([^/?#]+)/i.exec(template);
  const host = match?.[1]?.toLowerCase().replace(/^\{s\}\./, '*.');
  if (host === undefined || !CSP_HOST.test(host)) return null;
  return `https://${host}`;
}

/**
 * The tile host's CSP source for the build's environment (VITE_TILE_URL, validated by the app's
 * own tileLayerSetting): null without a tile layer. A tile URL the app accepts but whose host
 * cannot be put in the policy stops the build, rather than shipping a map whose tiles are blocked.
 */
export function tileSourceFromEnv(env: Record<string, unknown>): string | null {
  const setting = tileLayerSetting(env);
  if (setting === null) return null;
  const source = tileSource(setting.url);
  if (source === null) {
    throw new Error(
      `VITE_TILE_URL ${setting.url}: its host cannot be allowed by the Content-Security-Policy (use a plain host name)`,
    );
  }
  return source;
}

/** The policy the app's pages get from the preview server: the built page's policy plus who may frame it. */
export function appHeaderPolicy(builtPolicy: string): string {
  return `${builtPolicy}; frame-ancestors *`;
}

/**
 * public/embed-example.html, a demo host page, frames the explorer from whatever origin its `app`
 * parameter names (the tests: the host on http://localhost, the app on http://127.0.0.1), so its
 * frame-src allows any http(s) origin. The app's own pages keep frame-src 'self'.
 */
export const EMBED_EXAMPLE_POLICY = contentSecurityPolicy({
  frameSources: [SELF, 'http:', 'https:'],
  frameAncestors: ['*'],
});
