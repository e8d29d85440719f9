import { formatDated } from '../../src/trial/dates';
import { OVERALL_STATUS_LABELS, SEX_LABELS, STUDY_TYPE_LABELS } from '../../src/trial/labels';
import { phasesLabel } from '../../src/trial/phases-text';
import { trialTitle } from '../../src/trial/trial-title';
import type { Criterion, Dated, Trial } from '../../src/trial/trial-schema';
import { escapeHtml } from '../../src/lib/html-escape';
import { investigatorsTable, sitesTable, studyGroupsTable } from './static-tables';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem}
table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.missing{color:#6b7280;font-style:italic}dt{font-weight:600}`;

const dated = (value: Dated | null) => (value ? formatDated(value) : null);

function factsHtml(facts: readonly [string, string | null][]): string {
  const items = facts.map(
    ([term, value]) =>
      `<dt>${escapeHtml(term)}</dt><dd${value === null ? ' class="missing"' : ''}>${escapeHtml(value ?? 'Not provided')}</dd>`,
  );
  return `<dl>\n${items.join('\n')}\n</dl>`;
}

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
  return `<section aria-labelledby="eligibility"><h2 id="eligibility">Eligibility</h2>
${factsHtml([
  ['Minimum age', e.minimumAge],
  ['Maximum age', e.maximumAge],
  ['Sex', e.sex && SEX_LABELS[e.sex]],
  ['Healthy volunteers', yesNo(e.healthyVolunteers)],
])}
${criteriaHtml('Inclusion criteria', e.inclusion)}
${criteriaHtml('Exclusion criteria', e.exclusion)}
${criteriaHtml('Other criteria', e.other)}
</section>`;
}

const section = (id: string, title: string, body: string) =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;

/**
 * The trial's content as one static HTML page without any script: header facts, study groups,
 * investigators, every site, eligibility. The benchmark's baseline for "ready".
 */
export function staticTrialPage(trial: Trial): string {
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
${section('study-groups', 'Study groups', studyGroupsTable(trial))}
${eligibilityHtml(trial)}
${section('investigators', 'Investigators', investigatorsTable(trial))}
${section('sites', 'Sites', sitesTable(trial))}
</main>
</body>
</html>
`;
}
