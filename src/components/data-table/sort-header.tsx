import type { Header } from '@tanstack/react-table';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROW = { asc: '▲', desc: '▼' } as const;

/** A column header whose button cycles the sort; the next step is announced in its title. */
export function SortHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const label = header.column.columnDef.header;
  const text = typeof label === 'string' ? label : header.column.id;
  const direction = header.column.getIsSorted();
  const next = header.column.getNextSortingOrder();
  const hint =
    next === 'asc'
      ? 'sort ascending'
      : next === 'desc'
        ? 'sort descending'
        : 'restore record order';
  return (
    <th scope="col" aria-sort={direction ? ARIA_SORT[direction] : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={header.column.getToggleSortingHandler()}
        title={`${text}: ${hint}`}
      >
        {text}
        <span className="sort-indicator" aria-hidden="true">
          {direction ? ARROW[direction] : '↕'}
        </span>
      </button>
    </th>
  );
}
