/**
 * "Print": the browser's print dialog. What it prints is the page under the print style sheet
 * (public/print.css): one clean document, without the page's controls. Needs JavaScript (class
 * needs-js); the browser's own Print works without it, with the same style sheet.
 */
export function PrintButton() {
  return (
    <button type="button" className="button needs-js" onClick={() => window.print()}>
      Print
    </button>
  );
}
