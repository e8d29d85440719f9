/**
 * The age range as ClinicalTrials.gov words it, open ends said plainly:
 * "30 Years to 60 Years", "18 Years and older (no maximum age)", "Up to 17 Years (no minimum age)".
 * The record's ages sit in <bdi>, so a right-to-left override in one cannot reorder the app's words.
 */
export function AgeRange({ minimum, maximum }: { minimum: string | null; maximum: string | null }) {
  if (minimum !== null && maximum !== null) {
    return (
      <>
        <bdi>{minimum}</bdi> to <bdi>{maximum}</bdi>
      </>
    );
  }
  if (minimum !== null) {
    return (
      <>
        <bdi>{minimum}</bdi> and older (no maximum age)
      </>
    );
  }
  if (maximum !== null) {
    return (
      <>
        Up to <bdi>{maximum}</bdi> (no minimum age)
      </>
    );
  }
  return <>No minimum or maximum age given</>;
}
