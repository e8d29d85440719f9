/** "20.0 MB": a file's size as the reader is told it (the reader's messages and the open dialog). */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
