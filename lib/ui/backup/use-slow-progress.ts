import { useEffect, useState } from 'preact/hooks';

/** A quick job shows nothing; one still running after this long shows its progress. */
export const SHOW_AFTER_MS = 300;

/** True once `busy` has lasted SHOW_AFTER_MS, until it ends. */
export function useShownWhileSlow(busy: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return shown;
}
