import { browser } from 'wxt/browser';
import { localDay } from '../../model/calendar';
import { COPY_ATTR, copyKey, packCopy } from './page-copy';

/**
 * Preact's side of the page copy (./page-copy.ts). When the classic script painted a copy into #app, the page
 * renders into a detached element instead, and that element replaces the copy in one DOM step once every part that
 * holds it is ready (the checklist's live rows): no frame shows both, none shows a half-built page. A part that is
 * never ready (a broken database) cannot keep the inert copy on screen past MAX_HOLD_MS.
 */
const MAX_HOLD_MS = 3000;
const SAVE_DELAY_MS = 400;

let pending: { copy: HTMLElement; fresh: HTMLElement; holds: Set<symbol> } | null = null;

function takeOver(): void {
  if (!pending) return;
  const { copy, fresh } = pending;
  pending = null;
  copy.replaceWith(fresh);
}

/** Renders the page with `render`, into #app, or over the copy painted there (see above). */
export function mountOverCopy(render: (root: HTMLElement) => void): void {
  const app = document.getElementById('app');
  if (!app) throw new Error('#app missing');
  if (!app.hasAttribute(COPY_ATTR)) {
    render(app);
    return;
  }
  const fresh = document.createElement('div');
  fresh.id = 'app';
  pending = { copy: app, fresh, holds: new Set() };
  const holds = pending.holds;
  render(fresh);
  if (holds.size === 0) takeOver();
  else setTimeout(takeOver, MAX_HOLD_MS);
}

/** Keeps the copy on screen until the returned function is called (at once if no copy is shown). */
export function holdCopy(): () => void {
  if (!pending) return () => {};
  const holds = pending.holds;
  const hold = Symbol('hold');
  holds.add(hold);
  return () => {
    holds.delete(hold);
    if (pending?.holds === holds && holds.size === 0) takeOver();
  };
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let saved = false;

function saveNow(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  const app = document.getElementById('app');
  const page = document.documentElement.dataset.page;
  if (pending || !app || !page || app.hasAttribute(COPY_ATTR)) return;
  try {
    const text = packCopy(app, localDay(), browser.i18n.getUILanguage(), innerHeight);
    if (text) localStorage.setItem(copyKey(page), text);
    else localStorage.removeItem(copyKey(page));
  } catch (e) {
    // Full or unavailable storage only costs the next open its head start.
    console.warn('page copy', e);
  }
}

/**
 * Keeps a copy of the page for the next open (never while the copy is shown): the first one right after the frame
 * that showed live rows, later ones a moment after the page last changed, and a pending one when the page closes.
 */
export function saveCopySoon(): void {
  clearTimeout(saveTimer);
  if (!saved) addEventListener('pagehide', () => saveTimer !== undefined && saveNow());
  saveTimer = setTimeout(saveNow, saved ? SAVE_DELAY_MS : 0);
  saved = true;
}
