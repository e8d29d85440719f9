/**
 * Line breaking for SVG text, which does not wrap by itself: words onto lines of at most
 * `maxChars` characters (a word longer than a line is cut), at most `maxLines` lines, the last
 * one ending in "…" when text was left out. Pure: widths are estimated from character counts,
 * so the same lines come out in Node and in every browser.
 */
export interface WrappedLabel {
  lines: string[];
  shortened: boolean;
}

export function wrapLabel(text: string, maxChars: number, maxLines: number): WrappedLabel {
  const width = Math.max(1, Math.floor(maxChars));
  const lines = breakLines(text, width, maxLines + 1);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, width - 1))}…`;
  return { lines: kept, shortened: true };
}

/** The first `limit` lines of the text (so a very long text costs no more than a short one). */
function breakLines(text: string, width: number, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    for (let start = 0; start < word.length; start += width) {
      const piece = word.slice(start, start + width);
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= width) line = `${line} ${piece}`;
      else {
        lines.push(line);
        if (lines.length === limit) return lines;
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
