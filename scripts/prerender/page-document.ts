import { escapeHtml } from '../../src/lib/html-escape';
import { CATALOG_BLOCK_ID, TRIAL_BLOCK_ID } from '../../src/app/prerendered-page';
import { jsonForScriptElement } from './json-block';

export interface PageParts {
  /** The app's markup, rendered by the server entry. */
  rootHtml: string;
  /** The trial the markup shows (`data-prerendered` on #root). */
  nctId: string;
  /** The embed view it shows (`data-prerendered-view`), if it is an embed's page. */
  view?: string;
  /** The day it was rendered on, "2026-12-01" (`data-prerendered-on`), for an app page. */
  day?: string;
  title: string;
  description: string;
  /** The app's base address (`/`), where no-js.css is. */
  base: string;
  /** The page's canonical address (a trial's own page). */
  canonical: string;
  catalog: unknown;
  /** The trial's data, or null when it is too big to carry (the page then fetches it). */
  trial: unknown;
  /** Scripts to run before the body paints (`/index.html`'s boot.js), by address. */
  blockingScripts?: readonly string[];
}

/**
 * One prerendered page: Vite's built index.html with the markup in #root, the trial's title,
 * description and canonical address in the head, and the data blocks after #root (the markup comes
 * first, so the browser paints it before reading the data). Throws if the template lacks a part.
 */
export function pageDocument(template: string, parts: PageParts): string {
  const head = [
    `<title>${escapeHtml(parts.title)}</title>`,
    `<meta name="description" content="${escapeHtml(parts.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(parts.canonical)}" />`,
    `<noscript><link rel="stylesheet" href="${escapeHtml(parts.base)}no-js.css" /></noscript>`,
    ...(parts.blockingScripts ?? []).map((src) => `<script src="${escapeHtml(src)}"></script>`),
  ].join('\n    ');
  const blocks = [
    ...(parts.catalog === null ? [] : [dataBlock(CATALOG_BLOCK_ID, parts.catalog)]),
    ...(parts.trial === null ? [] : [dataBlock(TRIAL_BLOCK_ID, parts.trial)]),
  ].join('\n    ');
  return replaceOnce(
    replaceOnce(
      replaceOnce(template, /<title>[^<]*<\/title>/, head),
      /<meta name="description"[^>]*>\s*/,
      '',
    ),
    /<div id="root"><\/div>/,
    `<div id="root" data-prerendered="${escapeHtml(parts.nctId)}"${
      parts.view ? ` data-prerendered-view="${escapeHtml(parts.view)}"` : ''
    }${parts.day ? ` data-prerendered-on="${escapeHtml(parts.day)}"` : ''}>${parts.rootHtml}</div>\n    ${blocks}`,
  );
}

function dataBlock(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${jsonForScriptElement(value)}</script>`;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`the page template has no ${String(pattern)}`);
  return text.replace(pattern, () => replacement);
}

/**
 * The template without the app's scripts (its module entry and preloads): for a page that is
 * complete as HTML and needs no JavaScript (a long trial's complete lists). Its style sheet stays.
 */
export function withoutScripts(template: string): string {
  const stripped = template
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  if (/<script\b/i.test(stripped))
    throw new Error('the page template has a script that is not the app’s');
  return stripped;
}
