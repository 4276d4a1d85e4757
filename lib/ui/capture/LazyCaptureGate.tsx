import { lazyComponent } from '../lazy-component';

/** The capture watcher loads after the side panel's first paint; the form itself only while a capture waits. */
export const LazyCaptureGate = lazyComponent(() => import('./CaptureGate').then((m) => m.CaptureGate));
