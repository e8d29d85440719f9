import type { Criterion } from './trial-schema';
import { unescapeMarkdown } from './markdown-escapes';

/**
 * Splits ClinicalTrials.gov eligibility text (markdown) into inclusion, exclusion
 * and other criteria. Headings switch the list; bullets ("*", "-", "+", "•", "1.",
 * "1)", "a.") start a criterion whose nesting level comes from its indentation;
 * markdown escapes ("\>", "\[") are removed. Pure, browser-safe.
 */

export interface CriteriaLists {
  inclusion: Criterion[];
  exclusion: Criterion[];
  other: Criterion[];
}

type Section = keyof CriteriaLists;

const BULLET = /^([*\-+•]|\d{1,3}[.)]|[a-z][.)])\s+(.*)$/;
const HEADING =
  /^(?:key\s+|main\s+|general\s+)?(inclusion|exclusion|eligibility|ineligibility)(?:\s+criteria)?\b(.*)$/i;

/** Strips markdown emphasis and heading marks around a line: "**Inclusion Criteria:**" -> "Inclusion Criteria:". */
function stripDecoration(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();
}

/** "Inclusion Criteria:", "EXCLUSION CRITERIA", "Key Inclusion Criteria (all cohorts):" -> the section and any text after the colon. */
function matchHeading(line: string): { section: Section; rest: string } | null {
  const match = HEADING.exec(stripDecoration(line));
  if (!match) return null;
  const kind = (match[1] ?? '').toLowerCase();
  const tail = (match[2] ?? '').trim();
  const colon = tail.indexOf(':');
  if (colon === -1 ? tail !== '' && !/^[-–.]$/.test(tail) : colon > 60) return null;
  const rest = colon === -1 ? '' : tail.slice(colon + 1).trim();
  const hasCriteriaWord = /criteria/i.test(match[0]);
  if (kind === 'eligibility' && !hasCriteriaWord) return null;
  const section: Section =
    kind === 'exclusion' || kind === 'ineligibility' ? 'exclusion' : 'inclusion';
  return { section: kind === 'eligibility' ? 'other' : section, rest };
}

function indentWidth(line: string): number {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return indent.length + 3 * (indent.match(/\t/g)?.length ?? 0);
}

export function parseCriteria(text: string): CriteriaLists {
  const lists: CriteriaLists = { inclusion: [], exclusion: [], other: [] };
  let section: Section = 'other';
  let indents: number[] = [];
  let last: Criterion | null = null;

  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '') continue;
    const indent = indentWidth(rawLine);
    const bullet = BULLET.exec(rawLine.trim());
    const heading = bullet ? null : matchHeading(rawLine.trim());
    if (heading) {
      section = heading.section;
      indents = [];
      last = null;
      if (heading.rest)
        lists[section].push((last = { text: unescapeMarkdown(heading.rest), level: 0 }));
      continue;
    }
    if (!bullet && last !== null && indent > 0) {
      last.text = `${last.text} ${unescapeMarkdown(rawLine.trim())}`;
      continue;
    }
    while (indents.length > 0 && indent < (indents[indents.length - 1] ?? 0)) indents.pop();
    if (indents.length === 0 || indent > (indents[indents.length - 1] ?? 0)) indents.push(indent);
    const body = bullet ? (bullet[2] ?? '') : rawLine.trim();
    last = { text: unescapeMarkdown(body.trim()), level: bullet ? indents.length - 1 : 0 };
    if (!bullet) indents = [indent];
    lists[section].push(last);
  }
  return lists;
}
