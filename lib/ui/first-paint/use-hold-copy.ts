import { useLayoutEffect, useState } from 'preact/hooks';
import { holdCopy } from './take-over';

/**
 * Keeps the painted page copy on screen until `ready`; released in a layout effect, so the copy gives way in the
 * same frame as the render that made this part ready.
 */
export function useHoldCopy(ready: boolean): void {
  const [release] = useState(holdCopy);
  useLayoutEffect(() => {
    if (ready) release();
  }, [ready, release]);
}
