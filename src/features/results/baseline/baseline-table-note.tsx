import type { CellParts } from './baseline-cell-parts';
import { BASELINE_IDS } from './baseline-ids';

/**
 * How to read the table's cells (the table's description, `aria-describedby`): only the formats
 * the table uses, and, where it shows any, that the percentages are the explorer's arithmetic.
 */
export function BaselineTableNote({ parts, hasTotal }: { parts: CellParts; hasTotal: boolean }) {
  return (
    <div id={BASELINE_IDS.note} className="baseline-note">
      <p>
        Each cell is the value published for that group
        {hasTotal ? '; the Total column is the record’s own, placed last' : ''}.
        {parts.spread &&
          ' A spread (standard deviation, standard error or geometric coefficient of variation, as the measure’s header says) follows the value in parentheses, as in 38.2 (11.6).'}
        {parts.limits &&
          ' A range or interval (as the measure’s header says) follows the value in square brackets, from its lower to its upper limit, as in 41 [18 to 65].'}{' '}
        “Not provided” and “not given” mean the record has no such value; a comment published with a
        value is shown beneath it.
      </p>
      {parts.percent && (
        <p>
          Percentages beside counts of participants, as in 82 (51.9%), are computed by this
          explorer, not published in the record: the published count divided by the published number
          analyzed for the same group (the row’s own number analyzed where the record gives one), to
          one decimal, as ClinicalTrials.gov shows them on its own results page.
        </p>
      )}
    </div>
  );
}
