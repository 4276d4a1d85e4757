// The caller names the dependencies, as with useMemo, so the hook cannot list them itself.
/* oxlint-disable react-hooks/exhaustive-deps */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Re-renders whenever the queried tables change, in this page or any other page of the extension.
 * Subscribes during layout, not after paint: Preact runs plain effects a frame later, and first rows should not
 * wait for that.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (e: unknown) => console.warn('liveQuery', e),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
