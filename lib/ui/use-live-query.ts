import { useLayoutEffect, useState } from 'preact/hooks';

// A failed liveQuery stops for good; a page left open all day should recover from a passing failure
// (the database closed for another page's upgrade, say), so it subscribes again, a few times, a little later.
const RETRY_DELAYS_MS = [250, 1000, 4000];

/**
 * Re-renders whenever the queried tables change, in this page or any other page of the extension.
 * `load` brings in what the query needs (Dexie itself is imported here on demand), so a page can paint before
 * the database code has loaded; the query then runs inside liveQuery with nothing foreign awaited.
 */
export function useLiveQueryOf<M, T>(
  load: () => Promise<M>,
  query: (loaded: M) => Promise<T>,
  deps: unknown[],
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useLayoutEffect(() => {
    let subscription: { unsubscribe(): void } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    Promise.all([import('dexie'), load()])
      .then(([{ liveQuery }, loaded]) => {
        const subscribe = (attempt: number) => {
          if (cancelled) return;
          subscription = liveQuery(() => query(loaded)).subscribe({
            next: setValue,
            error: (e: unknown) => {
              console.warn('liveQuery', e);
              const delay = RETRY_DELAYS_MS[attempt];
              if (delay !== undefined) timer = setTimeout(() => subscribe(attempt + 1), delay);
            },
          });
        };
        subscribe(0);
      })
      .catch((e: unknown) => console.warn('liveQuery', e));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
    // The caller names the dependencies, as with useMemo, so the hook cannot list them itself.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

const nothing = () => Promise.resolve(undefined);

/** useLiveQueryOf for a query whose modules the page has already loaded. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  return useLiveQueryOf(nothing, query, deps);
}
