import type { ReactNode } from 'react';

/**
 * One part of the Results section (participant flow, baseline, outcome measures, ...): a section
 * labelled by its h3. `id` is also its in-page link ("#results-outcome-measures"); the heading
 * gets `${id}-heading`. Content inside uses h4 and below.
 */
export function ResultsPart({
  id,
  title,
  blurb,
  children,
}: {
  id: string;
  title: string;
  blurb?: string;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="results-part">
      <h3 id={headingId}>{title}</h3>
      {blurb === undefined ? null : <p className="section__blurb">{blurb}</p>}
      {children}
    </section>
  );
}
