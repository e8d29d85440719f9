import { WAIT_CLASS } from '../../src/app/prerendered-page';

/**
 * `/index.html`'s one blocking script (a file: the CSP allows no inline script). That file is the
 * catalog's first trial prerendered, and a static host serves it for every address under the base
 * that has no file of its own: `?trial=<another>`, an embed (`?embed=1`), a trial opened from a file
 * (`?source=file`), an unknown trial's path. For those the markup is not the page asked for, so it
 * is hidden before it paints, and src/main.tsx renders the right page in its place (it removes the
 * class). A plain, parameter-free `/` shows the markup at once. With JavaScript off, nothing hides.
 */
export function bootScript(base: string): string {
  return `// Trial Explorer: hides the prerendered first trial when this address asks for another page.
(function () {
  var here = window.location;
  var params = new URLSearchParams(here.search);
  var home = here.pathname === ${JSON.stringify(base)} || here.pathname === ${JSON.stringify(`${base}index.html`)};
  if (!home || params.has('trial') || params.has('embed') || params.has('source')) {
    document.documentElement.classList.add(${JSON.stringify(WAIT_CLASS)});
  }
})();
`;
}
