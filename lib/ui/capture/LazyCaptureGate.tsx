import { lazyComponent } from '../lazy-component';

/** The capture form's code loads after the side panel's first paint. */
export const LazyCaptureGate = lazyComponent(() => import('./CaptureGate').then((m) => m.CaptureGate));
