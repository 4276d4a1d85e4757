import { COPY_ATTR, SHOWN_ATTR, SHOWN_EVENT } from './page-copy';

/** Longest wait for the copy's frame (a page that gets none, e.g. behind another window, starts anyway). */
const MAX_WAIT_MS = 100;

/**
 * Starts the page's modules. With a page copy painted (entrypoints/first-paint.ts) they wait for the frame that
 * shows it, which the classic script marks (page-copy.markWhenShown): Chromium would otherwise run them first and
 * paint the copy no sooner than the page itself. A hidden page gets no frames: it starts at once, as does a page
 * without a copy. Waiting for first-contentful-paint to be reported was tried: it delayed the live rows and painted
 * no sooner. Asking for an animation frame here, once the modules have loaded, started them a frame later (16–26 ms
 * in traces of the popup at 5,000 tasks) than the mark of the classic script, which asked before the first frame.
 */
export function startAfterFirstFrame(start: () => void): void {
  const app = document.getElementById('app');
  if (!app?.hasAttribute(COPY_ATTR) || app.hasAttribute(SHOWN_ATTR) || document.visibilityState !== 'visible') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    removeEventListener(SHOWN_EVENT, once);
    start();
  };
  addEventListener(SHOWN_EVENT, once);
  setTimeout(once, MAX_WAIT_MS);
}
