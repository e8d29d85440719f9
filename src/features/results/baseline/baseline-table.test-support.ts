import { screen, within } from '@testing-library/react';
import type { Baseline, BaselineGroup, BaselineMeasure } from '@/trial/results/baseline-schema';
import type {
  Measurement,
  MeasureCategory,
  MeasureClass,
} from '@/trial/results/results-fields-schema';

/** Builders of small baseline models for the quirks, and readers of the rendered table. */

export const group = (id: string, title: string | null, isTotal = false): BaselineGroup => ({
  id,
  title,
  description: null,
  isTotal,
});

export const cell = (
  groupId: string,
  value: string | null,
  more: Partial<Measurement> = {},
): Measurement => ({
  groupId,
  value,
  spread: null,
  lowerLimit: null,
  upperLimit: null,
  comment: null,
  ...more,
});

export const category = (title: string | null, measurements: Measurement[]): MeasureCategory => ({
  title,
  measurements,
});

export const measureClass = (
  title: string | null,
  categories: MeasureCategory[],
  denoms: MeasureClass['denoms'] = [],
): MeasureClass => ({ title, denoms, categories });

export function measure(id: string, more: Partial<BaselineMeasure>): BaselineMeasure {
  return {
    id,
    title: null,
    description: null,
    populationDescription: null,
    paramType: null,
    dispersionType: null,
    unitOfMeasure: null,
    calculatePct: null,
    denomUnitsSelected: null,
    denoms: [],
    classes: [],
    ...more,
  };
}

export function baselineOf(more: Partial<Baseline>): Baseline {
  return {
    populationDescription: null,
    typeUnitsAnalyzed: null,
    groups: [],
    denoms: [],
    measures: [],
    ...more,
  };
}

export const participants = (counts: Record<string, string>) => ({
  units: 'Participants',
  counts: Object.entries(counts).map(([groupId, value]) => ({ groupId, value })),
});

export function baselineTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Baseline characteristics by group' });
}

export function columnHeaders(): string[] {
  return within(baselineTable())
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
}

/** The row headed by the `th` whose text is exactly `header`. */
export function rowOf(header: string): HTMLTableRowElement {
  const th = [...baselineTable().querySelectorAll('tbody th')].find(
    (candidate) => candidate.textContent === header,
  );
  const row = th?.closest('tr');
  if (!row) throw new Error(`no row headed "${header}"`);
  return row;
}

/** The texts of the data cells of the row headed `header`. */
export function cellsOf(header: string): string[] {
  return [...rowOf(header).querySelectorAll('td')].map((td) => td.textContent);
}

/** What a screen reader hears as a cell's headers: the texts of the elements its `headers` names. */
export function headersOfCell(td: Element): string[] {
  return (td.getAttribute('headers') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}
