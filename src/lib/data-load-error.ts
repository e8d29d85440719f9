/** A load failure the user is shown: a one-line summary plus every specific problem (file, JSON path, what is wrong). */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}
