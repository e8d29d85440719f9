import { DataLoadError } from '@/lib/data-load-error';
import './error-panel.css';

interface ErrorPanelProps {
  title: string;
  error: Error;
  onRetry?: () => void;
}

/** A failure said plainly: what could not be shown, why (every specific problem), and a retry. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const problems = error instanceof DataLoadError ? error.problems : [];
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{error.message}</p>
      {problems.length > 0 && (
        <ul className="error-panel__problems">
          {problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
