/** The screenshots of a later run that differ from the first run's. */
export function differences(first: Map<string, string>, later: Map<string, string>): string[] {
  return [...first].flatMap(([file, hash]) =>
    later.get(file) === hash ? [] : [`${file}: ${hash} then ${later.get(file) ?? 'missing'}`],
  );
}
