/**
 * Element ids of the baseline table, unique on the page (the part's id first; group and measure
 * ids are the record's BG000 and the model's "measure-3", both plain ASCII). Cells name their
 * headers by these ids (`headers`), so a screen reader hears group, measure, class and category.
 */
const PART = 'results-baseline';

export const BASELINE_IDS = {
  part: PART,
  caption: `${PART}-caption`,
  note: `${PART}-note`,
  characteristic: `${PART}-characteristic`,
  column: (groupId: string) => `${PART}-group-${groupId}`,
  overall: (denomIndex: number) => `${PART}-overall-${denomIndex}`,
  measure: (measureId: string) => `${PART}-${measureId}`,
  invalidMeasure: (recordIndex: number) => `${PART}-invalid-measure-${recordIndex + 1}`,
  /** A row of a measure below its header: a class, a category, or a number analyzed. */
  row: (measureId: string, ...parts: (string | number)[]) =>
    [`${PART}-${measureId}`, ...parts].join('-'),
} as const;
