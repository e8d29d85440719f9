/** Longest wait for a frame: a page the browser does not draw (a background tab) still starts. */
const FRAME_WAIT_MS = 100;

/**
 * Runs `task` once the browser has had the chance to draw a frame (a timeout queued from a frame
 * callback runs after that frame's paint), or after FRAME_WAIT_MS if no frame comes. The page's
 * code then evaluates after the prerendered markup is on screen, not in the way of its first paint.
 */
export function afterFirstFrame(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, FRAME_WAIT_MS);
}
