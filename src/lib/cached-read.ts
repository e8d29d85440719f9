/**
 * A read of a file kept by its name for the page's life, while it has not failed: a failed read
 * is forgotten, so the next ask tries again (the gazetteer's files, a trial's map places).
 */
export function cachedRead<T>(
  reads: Map<string, Promise<T>>,
  file: string,
  read: () => Promise<T>,
): Promise<T> {
  const known = reads.get(file);
  if (known) return known;
  const reading = read();
  reads.set(file, reading);
  reading.catch(() => reads.delete(file));
  return reading;
}
