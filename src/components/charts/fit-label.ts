/**
 * SVG text does not wrap: a label longer than its room is cut to fit, with an ellipsis (the full
 * text belongs in the chart's table). Widths are estimated from the chart's 12px text, whose
 * characters average about 6.6px, so the cut is the same in Node (the prerender) and browsers.
 */
export const LABEL_CHAR_WIDTH = 6.6;

/** `text` if it fits in `width` pixels, else as many of its characters as fit, then "…". */
export function fitLabel(text: string, width: number, charWidth = LABEL_CHAR_WIDTH): string {
  // (A hair over, so a width of exactly n characters is not lost to floating-point rounding.)
  const room = Math.max(1, Math.floor(width / charWidth + 1e-9));
  // By code point, so a character outside the BMP (an emoji, a rare CJK ideograph) is never split.
  const characters = Array.from(text);
  if (characters.length <= room) return text;
  return `${characters
    .slice(0, room - 1)
    .join('')
    .trimEnd()}…`;
}
