import { CodeLabel } from '@/components/code-label';
import { ContactList } from '@/components/contact-list';
import { Missing } from '@/components/missing';
import { trialPath } from '@/lib/trial-href';
import { plural } from '@/trial/count-text';
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
      <section aria-labelledby="all-investigators">
        <h2 id="all-investigators">
          Investigators ({trial.officials.length.toLocaleString('en')})
        </h2>
        <table className="complete-lists__table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Affiliation</th>
            </tr>
          </thead>
          <tbody>
            {trial.officials.map((official) => (
              <tr key={official.id}>
                <th scope="row">{[official.person.name, ...official.person.degrees].join(', ')}</th>
                <td>
                  {official.role ? (
                    OFFICIAL_ROLE_LABELS[official.role]
                  ) : (
                    <Missing>Not given</Missing>
                  )}
                </td>
                <td>{official.affiliation ?? <Missing>Not given</Missing>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="all-sites">
        <h2 id="all-sites">Sites and their contacts ({trial.sites.length.toLocaleString('en')})</h2>
        <table className="complete-lists__table">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Place</th>
              <th scope="col">Status</th>
              <th scope="col">Contacts</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </section>
    </main>
  );
}
