import { COPY_ATTR } from './page-copy';

/** Longest wait for a frame (a page that gets none, e.g. behind another window, starts anyway). */
const MAX_WAIT_MS = 100;

/**
 * Starts the page's modules. With a page copy painted (entrypoints/first-paint.ts) they wait for the frame that
 * shows it (the task after the first animation frame): Chromium would otherwise run them first and paint the copy no
 * sooner than the page itself. A hidden page gets no frames: it starts at once, as does a page without a copy.
 * Waiting instead for first-contentful-paint to be reported was tried: it delayed the live rows and painted no sooner.
 */
export function startAfterFirstFrame(start: () => void): void {
  const painted = document.getElementById('app')?.hasAttribute(COPY_ATTR);
  if (!painted || document.visibilityState !== 'visible') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, MAX_WAIT_MS);
}
