/** A link to a trial opened from a file, in a tab that no longer holds it (reloaded, or a new tab). */
export function LocalTrialGone({ requested }: { requested: string | null }) {
  return (
    <main id="main" className="page-message">
      <h1>This file is no longer open</h1>
      <p>
        {requested === null ? 'This link' : requested.toUpperCase()} was opened from a file. Files
        you open stay in the browser tab that opened them, in memory only: nothing is stored or
        uploaded, so reloading the page or opening the link in another tab forgets them.
      </p>
      <p>Open the file again with “Open a record” at the top of the page.</p>
    </main>
  );
}
