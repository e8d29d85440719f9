import './missing.css';

/** A plain statement that a value is not published ("Not provided" unless told otherwise). */
export function Missing({ children = 'Not provided' }: { children?: string }) {
  return <span className="missing">{children}</span>;
}
