/** Link to one trial's page (`file`: one opened from the reader's file); other view state starts fresh. */
export function trialHref(nctId: string, source: 'file' | null = null): string {
  const file = source === 'file' ? '&source=file' : '';
  return `?trial=${encodeURIComponent(nctId)}${file}`;
}
