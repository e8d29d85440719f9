/** A polite live status while something loads. */
export function LoadingNote({ children }: { children: string }) {
  return (
    <p className="loading-note" role="status">
      {children}
    </p>
  );
}
