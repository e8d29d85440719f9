/**
 * What the Content-Security-Policy forbids in a page we write: an inline executable script
 * (script-src has no 'unsafe-inline'), a `style` attribute (style-src 'self') and an inline event
 * handler. A data block, `<script type="application/json">`, is never run and is allowed. Each
 * problem names the file. (React escapes `<` and `>` in text and attribute values, and the data
 * blocks escape them too, so every `<` … `>` here is a tag.)
 */
export function pageProblems(file: string, html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const tag = (match[1] ?? '').toLowerCase();
    const attributes = attributesOf(match[2] ?? '');
    if (tag === 'script' && !attributes.has('src')) {
      const type = attributes.get('type')?.toLowerCase();
      if (type !== 'application/json')
        problems.push(`${file}: an inline script (${match[0]}) would run; the CSP forbids it`);
    }
    if (attributes.has('style'))
      problems.push(`${file}: a style attribute (${match[0].slice(0, 100)}); the CSP forbids it`);
    const handler = [...attributes.keys()].find((name) => name.startsWith('on'));
    if (handler)
      problems.push(
        `${file}: an inline event handler (${handler} on <${tag}>); the CSP forbids it`,
      );
  }
  return problems;
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(
    /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}
