import { useRef, type ReactNode } from 'react';
import { CsvButton } from './csv-button';
import './table-scroll.css';

/**
 * The box a wide table sits in: it scrolls sideways inside the page (never widening it), takes
 * keyboard focus so the arrow keys scroll it, and is named by its table's caption. A group, not
 * a landmark: the Results section holds dozens of tables. (The shared DataTable has its own box.)
 * Under it, "Download CSV" writes the table as drawn (lib/table-grid): every row it shows, in order.
 */
export function TableScroll({
  captionId,
  className,
  csv,
  children,
}: {
  captionId: string;
  /** The part's own class, for what its box adds (a margin, a container for the caption). */
  className?: string;
  /** The file name's last part and what it holds (see CsvButton). */
  csv: { name: string; of: string };
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <>
      <div
        ref={box}
        className={className === undefined ? 'table-scroll' : `table-scroll ${className}`}
        role="group"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        {children}
      </div>
      <CsvButton
        {...csv}
        rows={(chunk) => {
          const table = box.current?.querySelector('table');
          if (!table) throw new Error('the table is not on the page');
          return chunk.tableGrid(table);
        }}
      />
    </>
  );
}
