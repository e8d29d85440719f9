/**
 * JSON to carry inside `<script type="application/json">`: a block the browser never runs, whose
 * text must not end the element early or be read as markup. `<`, `>` and `&` are written as JSON
 * escapes (so no `</script>` or `<!--` can appear), as are U+2028 and U+2029. JSON.parse of the
 * element's text gives back exactly `value`.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
