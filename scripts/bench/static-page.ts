import { formatDated } from '../../src/trial/dates';
import { OVERALL_STATUS_LABELS, SEX_LABELS, STUDY_TYPE_LABELS } from '../../src/trial/labels';
import { phasesLabel } from '../../src/trial/phases-text';
import { trialTitle } from '../../src/trial/trial-title';
import type { Criterion, Dated, Trial } from '../../src/trial/trial-schema';
import { escapeHtml } from '../../src/lib/html-escape';
import { factsHtml, sectionHtml } from './static-html';
import {
  centralContactsHtml,
  countriesHtml,
  designHtml,
  facilityContactsHtml,
  identifiersHtml,
  interventionsHtml,
  mapHtml,
  resultsHtml,
  sponsorsHtml,
  summaryHtml,
} from './static-sections';
import { investigatorsTable, sitesTable, studyGroupsTable } from './static-tables';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem}
table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.missing{color:#6b7280;font-style:italic}dt{font-weight:600}
img.map-picture{display:block;max-width:100%;height:auto}`;

const dated = (value: Dated | null) => (value ? formatDated(value) : null);

function headerHtml(trial: Trial): string {
  const { status, enrollment } = trial;
  return `<header>
<h1>${escapeHtml(trialTitle(trial))}</h1>
${factsHtml([
  ['NCT id', trial.nctId],
  ['Status', status.overall && OVERALL_STATUS_LABELS[status.overall]],
  ['Phase', phasesLabel(trial.phases)],
  ['Study type', trial.studyType && STUDY_TYPE_LABELS[trial.studyType]],
  ['Enrollment', enrollment && `${enrollment.count} participants`],
  ['Start', dated(status.start)],
  ['Primary completion', dated(status.primaryCompletion)],
  ['Completion', dated(status.completion)],
  ['First posted', dated(status.firstPosted)],
  ['Last update posted', dated(status.lastUpdatePosted)],
])}
</header>`;
}

function criteriaHtml(title: string, criteria: readonly Criterion[]): string {
  if (criteria.length === 0) return '';
  const items = criteria.map(
    (c) =>
      `<li${c.level > 0 ? ` style="margin-left:${c.level * 1.5}rem"` : ''}>${escapeHtml(c.text)}</li>`,
  );
  return `<h3>${escapeHtml(title)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function eligibilityHtml(trial: Trial): string {
  const e = trial.eligibility;
  const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No');
  return sectionHtml(
    'eligibility',
    'Eligibility',
    `${factsHtml([
      ['Minimum age', e.minimumAge],
      ['Maximum age', e.maximumAge],
      ['Sex', e.sex && SEX_LABELS[e.sex]],
      ['Healthy volunteers', yesNo(e.healthyVolunteers)],
    ])}
${criteriaHtml('Inclusion criteria', e.inclusion)}
${criteriaHtml('Exclusion criteria', e.exclusion)}
${criteriaHtml('Other criteria', e.other)}`,
  );
}

/**
 * The trial's content as one static HTML page without any script: the header facts and every
 * section of the explorer's page, in its order and under its headings (PAGE_SECTIONS), every row
 * of every table, and the explorer's map picture (`pictureTag`, from its prerendered page; none
 * when the build has none). The benchmark's baseline, the physical limit: HTML the browser
 * paints as it parses.
 */
export function staticTrialPage(trial: Trial, pictureTag: string | null): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${trialTitle(trial)} (${trial.nctId}), static`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${headerHtml(trial)}
${summaryHtml(trial)}
${designHtml(trial)}
${sectionHtml('study-groups', 'Study groups', studyGroupsTable(trial))}
${interventionsHtml(trial)}
${eligibilityHtml(trial)}
${sponsorsHtml(trial)}
${sectionHtml('investigators', 'Investigators', investigatorsTable(trial))}
${mapHtml(trial, pictureTag)}
${sectionHtml('sites', 'Sites', sitesTable(trial))}
${countriesHtml(trial)}
${centralContactsHtml(trial)}
${facilityContactsHtml(trial)}
${identifiersHtml(trial)}
${resultsHtml(trial)}
</main>
</body>
</html>
`;
}
