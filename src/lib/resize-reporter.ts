/**
 * Reports a height at most once per quiet period (debounced), and only when it differs
 * from the last one reported, so a host that sizes its iframe from it never loops.
 */
export interface ResizeReporter {
  measure: (height: number) => void;
  dispose: () => void;
}

export function createResizeReporter(
  report: (height: number) => void,
  delayMs = 100,
): ResizeReporter {
  let pending: number | null = null;
  let last: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    measure(height) {
      pending = Math.ceil(height);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (pending === null || pending === last) return;
        last = pending;
        report(pending);
      }, delayMs);
    },
    dispose() {
      clearTimeout(timer);
      pending = null;
    },
  };
}
