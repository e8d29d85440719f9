import { Missing } from './missing';
import './prose-text.css';

export interface ProseTextProps {
  /** Free text from the record; its line breaks are kept. */
  text: string | null;
  /** Said when there is no text; "Not provided" by default. */
  missingText?: string;
}

/** A paragraph of published free text, or a plain statement that there is none. */
export function ProseText({ text, missingText }: ProseTextProps) {
  if (text === null || text.trim() === '') {
    return (
      <p>
        <Missing>{missingText}</Missing>
      </p>
    );
  }
  return <p className="prose-text">{text}</p>;
}
