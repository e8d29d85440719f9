import type { ReactNode } from 'react';
import './section.css';

export interface SectionProps {
  /** The section's id, for in-page links ("#eligibility"); the heading gets `${id}-heading`. */
  id: string;
  title: string;
  /** One line under the heading saying what the section holds. */
  blurb?: string;
  children: ReactNode;
}

/** A page section labelled by its own h2. Content inside uses h3 and below. */
export function Section({ id, title, blurb, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      {blurb === undefined ? null : <p className="section__blurb">{blurb}</p>}
      {children}
    </section>
  );
}
