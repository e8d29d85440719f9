import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import { Section } from '@/components/section';
import { AGENCY_CLASS_LABELS, RESPONSIBLE_PARTY_TYPE_LABELS } from '@/trial/labels';
import type { Trial } from '@/trial/trial-schema';

type Organization = NonNullable<Trial['sponsor']['lead']>;

/** "Name (Industry)": the organization (isolated) with its agency class, when the record gives one. */
const organization = ({ name, class: agencyClass }: Organization) => (
  <>
    <bdi>{name}</bdi>
    {agencyClass === null ? null : (
      <>
        {' ('}
        <CodeLabel label={AGENCY_CLASS_LABELS[agencyClass]} code={agencyClass} />)
      </>
    )}
  </>
);

/** Lead sponsor and its class, collaborators, and the party responsible for the record. */
export function SponsorSection({ trial }: { trial: Pick<Trial, 'sponsor'> }) {
  const { lead, collaborators, responsibleParty: party } = trial.sponsor;
  // Investigator fields matter when an investigator is the responsible party, or are given anyway.
  const showInvestigator =
    party !== null &&
    ((party.type !== null && party.type !== 'SPONSOR') ||
      [party.investigator, party.investigatorTitle, party.investigatorAffiliation].some(
        (value) => value !== null,
      ));
  return (
    <Section
      id="sponsors"
      recordModules={['sponsorCollaboratorsModule']}
      title="Sponsors"
      blurb="Who funds and runs the study, and who is responsible for the information in the record."
    >
      <h3>Lead sponsor</h3>
      <p>{lead === null ? <Missing /> : organization(lead)}</p>
      <h3>Collaborators</h3>
      {collaborators.length === 0 ? (
        <p>
          <Missing>None listed</Missing>
        </p>
      ) : (
        <ul>
          {collaborators.map((collaborator) => (
            <li key={collaborator.name}>{organization(collaborator)}</li>
          ))}
        </ul>
      )}
      <h3>Responsible party</h3>
      {party === null ? (
        <p>
          <Missing />
        </p>
      ) : (
        <DefinitionList
          items={[
            {
              term: 'Type',
              value:
                party.type === null ? null : (
                  <CodeLabel label={RESPONSIBLE_PARTY_TYPE_LABELS[party.type]} code={party.type} />
                ),
            },
            ...(showInvestigator
              ? [
                  { term: 'Investigator', value: party.investigator },
                  { term: 'Title', value: party.investigatorTitle },
                  { term: 'Affiliation', value: party.investigatorAffiliation },
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}
