import type { ReactNode } from 'react';
import type { RecordModule } from '@/trial/trial-schema';
import { ModuleNote } from './module-note';
import './section.css';

export interface SectionProps {
  /** The section's id, for in-page links ("#eligibility"); the heading gets `${id}-heading`. */
  id: string;
  title: string;
  /** One line under the heading saying what the section holds. */
  blurb?: string;
  /** The record modules the section shows: for each the record lacks, the section says so first. */
  recordModules?: readonly RecordModule[];
  children: ReactNode;
}

/** A page section labelled by its own h2. Content inside uses h3 and below. */
export function Section({ id, title, blurb, recordModules = [], children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      {blurb === undefined ? null : <p className="section__blurb">{blurb}</p>}
      {recordModules.map((module) => (
        <ModuleNote key={module} module={module} />
      ))}
      {children}
    </section>
  );
}
