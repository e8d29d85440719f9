import { z } from 'zod';
import { escapeHtml } from '../../src/lib/html-escape';

/** The app's code, which the page's first script imports after the first paint (src/main.tsx). */
export const APP_CHUNK_SOURCE = 'src/app/start-app.tsx';

/** The part of Vite's build manifest (dist/.vite/manifest.json) the prerender reads. */
export const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

/**
 * The tags that make the app's code and styles arrive with the page: a modulepreload for the app
 * chunk and every chunk it imports (fetched and compiled in parallel with the page, evaluated only
 * when main.tsx imports them), and a stylesheet for each of their CSS files, without which the
 * prerendered markup would paint unstyled until the code ran. Throws when the manifest lacks the
 * app chunk (a build that changed its entry).
 */
export function appChunkLinks(manifest: BuildManifest, base: string): string[] {
  if (!manifest[APP_CHUNK_SOURCE]) {
    throw new Error(
      `the build manifest has no ${APP_CHUNK_SOURCE}: the prerender cannot preload the app`,
    );
  }
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(APP_CHUNK_SOURCE);
  return [
    ...[...styles].map(
      (file) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + file)}">`,
    ),
    ...[...scripts].map(
      (file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}">`,
    ),
  ];
}

/** The template with the app chunk's links added at the end of its head (each once). */
export function withAppChunk(template: string, links: readonly string[]): string {
  const missing = links.filter((link) => !template.includes(link));
  if (!template.includes('</head>')) throw new Error('the page template has no </head>');
  return template.replace('</head>', `  ${missing.join('\n    ')}\n  </head>`);
}
