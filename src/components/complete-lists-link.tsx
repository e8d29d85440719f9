/**
 * Under a list the page shows in part without JavaScript (a long trial's sites, investigators,
 * facility contacts): the link to the page that lists them all, plain. Shown with JavaScript too,
 * where the page is a printable whole.
 */
export function CompleteListsLink({ href }: { href: string }) {
  return (
    <p className="complete-lists-link">
      <a href={href}>Every site and investigator, with their contacts, on one plain page</a>
    </p>
  );
}
