import { packFirstView, unpackFirstView, type FirstView } from '../../checklist/first-paint';
import type { SectionLimits } from '../../checklist/sections';

/** localStorage (this extension's own, on this computer): read synchronously, before IndexedDB opens. */
const KEY = 'checklist.firstPaint';

export function readFirstPaint(day: string): FirstView | null {
  try {
    return unpackFirstView(localStorage.getItem(KEY), day);
  } catch {
    return null;
  }
}

export function saveFirstPaint(view: FirstView, day: string, limits: SectionLimits): void {
  try {
    localStorage.setItem(KEY, packFirstView(view, day, limits));
  } catch (e) {
    // Full or unavailable storage only costs the next popup its head start.
    console.warn('first paint', e);
  }
}
