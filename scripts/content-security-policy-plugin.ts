import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { unescapeHtml } from '../src/lib/html-escape.ts';
import {
  appHeaderPolicy,
  contentSecurityPolicy,
  EMBED_EXAMPLE_POLICY,
  tileSourceFromEnv,
} from './content-security-policy.ts';

/**
 * The header `vite preview` sends for a path: the embed example host page has its own policy;
 * the app's documents and scripts (index.html, its SPA fallback, /assets/, a worker's script
 * included) the app's. None for what is not the app's: the trial data (/data/, fetched, never a
 * document or a script; the e2e suite turns a data file into a stand-in third-party host page) and
 * the bench's script-free comparison pages (dist/bench-static/, with their inline style).
 */
export function previewPolicyFor(path: string, builtPolicy: string): string | null {
  const pathname = new URL(path, 'http://preview.invalid').pathname;
  if (pathname === '/embed-example.html') return EMBED_EXAMPLE_POLICY;
  if (pathname.startsWith('/data/') || pathname.startsWith('/bench-static/')) return null;
  return appHeaderPolicy(builtPolicy);
}

/** The policy in a built page's <meta http-equiv="Content-Security-Policy">, as Vite escaped it; null when absent. */
export function policyInHtml(html: string): string | null {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  const content = meta?.[1];
  return content === undefined ? null : unescapeHtml(content);
}

/**
 * Build: writes the policy into index.html as a <meta> (first in <head>, before any script). Not in
 * the dev server, whose React-refresh preamble is an inline script.
 * Preview: sends the built page's own policy as a header too, plus frame-ancestors (which only a
 * header can carry), so the preview serves exactly what the build wrote.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'trial-explorer:content-security-policy',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (config?.command !== 'build') return;
        const policy = contentSecurityPolicy({ tileSource: tileSourceFromEnv(config.env) });
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    configurePreviewServer(server) {
      const { root, build } = server.config;
      const indexPath = resolve(root, build.outDir, 'index.html');
      const builtPolicy = policyInHtml(readFileSync(indexPath, 'utf8'));
      if (builtPolicy === null) {
        throw new Error(
          `${indexPath} has no Content-Security-Policy <meta>: build it with \`npm run build\``,
        );
      }
      server.middlewares.use((request, response, next) => {
        const policy = previewPolicyFor(request.url ?? '/', builtPolicy);
        if (policy !== null) response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
