import { COPY_ATTR } from './page-copy';

/** Longest wait for the copy's first paint to be reported (a page that gets no frames starts anyway). */
const MAX_WAIT_MS = 200;

/**
 * Starts the page's modules. With a page copy painted (entrypoints/first-paint.ts) they wait until the frame that
 * shows it is on screen (first-contentful-paint is reported once it was presented): run any earlier and Chromium
 * paints the copy no sooner than the page itself, since the modules' work holds the frame or competes with it for
 * the CPU. A hidden page gets no frames: it starts at once, as does a page without a copy.
 */
export function startAfterFirstFrame(start: () => void): void {
  const painted = document.getElementById('app')?.hasAttribute(COPY_ATTR);
  if (!painted || document.visibilityState !== 'visible' || typeof PerformanceObserver === 'undefined') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, MAX_WAIT_MS);
}
