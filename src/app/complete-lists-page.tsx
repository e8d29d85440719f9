import { CodeLabel } from '@/components/code-label';
import { ContactList } from '@/components/contact-list';
import { Missing } from '@/components/missing';
import { trialPath } from '@/lib/trial-href';
import type { ReactNode } from 'react';
import { formatCount, plural } from '@/trial/count-text';
import { OFFICIAL_ROLE_LABELS, OVERALL_STATUS_LABELS } from '@/trial/labels';
import { sitePlace, siteName } from '@/trial/site-text';
import type { Trial } from '@/trial/trial-schema';
import { trialTitle } from '@/trial/trial-title';
import './complete-lists-page.css';

/**
 * A long trial's every investigator and site with its contacts, in the record's order, as plain
 * tables: the page a reader without JavaScript (or one who prints) gets, where the trial page shows
 * those lists in part until its scripts run. Prerendered only; it has no script of its own.
 */
export function CompleteListsPage({ trial }: { trial: Trial }) {
  return (
    <main id="main" className="complete-lists">
      <p>
        <a href={trialPath(trial.nctId)}>Back to the trial’s page</a>
      </p>
      <h1>{trialTitle(trial)}: every site and investigator</h1>
      <p>
        {trial.nctId}: {plural(trial.officials.length, 'investigator')} and{' '}
        {plural(trial.sites.length, 'site')}, as the record lists them.
      </p>
      <ListTable
        id="all-investigators"
        title="Investigators"
        count={trial.officials.length}
        columns={['Name', 'Role', 'Affiliation']}
      >
        {trial.officials.map((official) => (
          <tr key={official.id}>
            <th scope="row">{[official.person.name, ...official.person.degrees].join(', ')}</th>
            <td>
              {official.role ? OFFICIAL_ROLE_LABELS[official.role] : <Missing>Not given</Missing>}
            </td>
            <td>{official.affiliation ?? <Missing>Not given</Missing>}</td>
          </tr>
        ))}
      </ListTable>
      <ListTable
        id="all-sites"
        title="Sites and their contacts"
        count={trial.sites.length}
        columns={['Site', 'Place', 'Status', 'Contacts']}
      >
        {trial.sites.map((site) => (
          <tr key={site.id}>
            <th scope="row">{siteName(site)}</th>
            <td>{sitePlace(site) ?? <Missing>Not given</Missing>}</td>
            <td>
              {site.status ? (
                <CodeLabel label={OVERALL_STATUS_LABELS[site.status]} code={site.status} />
              ) : (
                <Missing>Status not given</Missing>
              )}
            </td>
            <td>
              <ContactList contacts={site.contacts} emptyText="No contact listed" />
            </td>
          </tr>
        ))}
      </ListTable>
    </main>
  );
}

/** One list as a section: its heading with the count, and a plain table of every row. */
function ListTable({
  id,
  title,
  count,
  columns,
  children,
}: {
  id: string;
  title: string;
  count: number;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({formatCount(count)})
      </h2>
      <table className="complete-lists__table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}
