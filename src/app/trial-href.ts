/** Link to one trial's page; other view state starts fresh. */
export function trialHref(nctId: string): string {
  return `?trial=${encodeURIComponent(nctId)}`;
}
