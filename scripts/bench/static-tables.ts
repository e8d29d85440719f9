import {
  ARM_GROUP_TYPE_LABELS,
  OFFICIAL_ROLE_LABELS,
  OVERALL_STATUS_LABELS,
} from '../../src/trial/labels';
import type { Trial } from '../../src/trial/trial-schema';
import { escapeHtml } from '../../src/lib/html-escape';

/** A cell's text; a missing value says so in words, like the explorer. */
type Cell = string | { missing: string };

const cellHtml = (cell: Cell) =>
  typeof cell === 'string'
    ? `<td>${escapeHtml(cell)}</td>`
    : `<td class="missing">${escapeHtml(cell.missing)}</td>`;

const orMissing = (value: string | null | undefined, missing: string): Cell =>
  value === null || value === undefined || value === '' ? { missing } : value;

/** A plain table named by its caption ("Sites (2000)"), as the explorer names its tables. */
export function tableHtml(
  caption: string,
  headers: readonly string[],
  rows: readonly Cell[][],
): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function studyGroupsTable(trial: Trial): string {
  const interventionNames = new Map(trial.interventions.map((i) => [i.id, i.name]));
  const rows = trial.arms.map((arm): Cell[] => [
    arm.label,
    orMissing(arm.type && ARM_GROUP_TYPE_LABELS[arm.type], 'Type not given'),
    orMissing(arm.description, 'No description'),
    orMissing(
      arm.interventionIds.flatMap((id) => interventionNames.get(id) ?? []).join(', '),
      'None listed',
    ),
  ]);
  return tableHtml(
    `Study groups (${trial.arms.length})`,
    ['Group', 'Type', 'Description', 'Interventions'],
    rows,
  );
}

export function investigatorsTable(trial: Trial): string {
  const siteNames = new Map(trial.sites.map((s) => [s.id, s.city ?? s.facility ?? s.id]));
  const rows = trial.officials.map((official): Cell[] => [
    official.person.name,
    orMissing(official.person.degrees.join(', '), 'None listed'),
    orMissing(official.role && OFFICIAL_ROLE_LABELS[official.role], 'No role listed'),
    orMissing(official.affiliation, 'No affiliation listed'),
    orMissing(
      official.siteLinks.flatMap((link) => siteNames.get(link.siteId) ?? []).join(', '),
      'No matching site',
    ),
  ]);
  return tableHtml(
    `Investigators (${trial.officials.length})`,
    ['Name', 'Degrees', 'Role', 'Affiliation', 'Site'],
    rows,
  );
}

export function sitesTable(trial: Trial): string {
  const rows = trial.sites.map((site): Cell[] => [
    orMissing(site.facility, 'Facility not named'),
    orMissing(site.city, 'Not given'),
    orMissing(site.state, 'Not given'),
    orMissing(site.country, 'Not given'),
    orMissing(site.status && OVERALL_STATUS_LABELS[site.status], 'Status not given'),
    site.location
      ? 'Approximate: city centre'
      : `Not on map: ${site.notOnMapReason ?? 'no location'}`,
  ]);
  return tableHtml(
    `Sites (${trial.sites.length})`,
    ['Facility', 'City', 'State/province', 'Country', 'Status', 'On map'],
    rows,
  );
}
