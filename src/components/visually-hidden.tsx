import type { ReactNode } from 'react';
import './visually-hidden.css';

/** Text for screen readers only (it stays in the accessibility tree, unlike display: none). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
