/**
 * Lines of a chart label that fit a width, estimated from the font size (SVG text does not
 * wrap, and measuring text would mean a layout read per label): about 0.6em a character, which
 * holds for the sans-serif labels of the charts at 12px with room to spare. Breaks at spaces, a
 * word longer than a line is cut, and past `maxLines` the last line ends with "…" (the chart's
 * table has the whole text). Pure: the same lines in Node and in the browser.
 */
export const LABEL_CHAR_EM = 0.6;

/** How many characters of a label fit `width` pixels at `fontSize` (at least 8). */
export function labelCharsPerLine(width: number, fontSize = 12): number {
  return Math.max(8, Math.floor(width / (fontSize * LABEL_CHAR_EM)));
}

export function wrapLabel(
  text: string,
  width: number,
  { fontSize = 12, maxLines = 3 }: { fontSize?: number; maxLines?: number } = {},
): string[] {
  const perLine = labelCharsPerLine(width, fontSize);
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  for (const word of words) {
    let rest = word;
    while (rest.length > perLine) {
      push();
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
    else {
      push();
      line = rest;
    }
    if (lines.length > maxLines) break;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
  return kept;
}
