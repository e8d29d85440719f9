import type { ReactNode } from 'react';
import './table-scroll.css';

/**
 * The box a wide table sits in: it scrolls sideways inside the page (never widening it), takes
 * keyboard focus so the arrow keys scroll it, and is named by its table's caption. A group, not
 * a landmark: the Results section holds dozens of tables. (The shared DataTable has its own box.)
 */
export function TableScroll({
  captionId,
  className,
  children,
}: {
  captionId: string;
  /** The part's own class, for what its box adds (a margin, a container for the caption). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className === undefined ? 'table-scroll' : `table-scroll ${className}`}
      role="group"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
