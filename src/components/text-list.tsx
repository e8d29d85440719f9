import { Missing } from './missing';
import './text-list.css';

export interface TextListProps {
  items: readonly string[];
  /** Said instead of an empty list; "None listed" by default. */
  emptyText?: string;
}

/** A bulleted list of plain strings, or a plain statement that there are none. */
export function TextList({ items, emptyText = 'None listed' }: TextListProps) {
  if (items.length === 0) return <Missing>{emptyText}</Missing>;
  return (
    <ul className="text-list">
      {items.map((item, index) => (
        <li key={`${String(index)}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}
