/**
 * What a page's classic script (entrypoints/first-paint.ts) read from IndexedDB before the modules loaded, handed to
 * them. The classic script and the modules are separate bundles, so the read waits on window; `settled` lets the
 * page's first render use it at once when it is already in.
 */
export interface EarlyRead<T> {
  read: Promise<T | null>;
  settled?: T | null;
}

type Slots = Record<string, EarlyRead<unknown> | undefined>;
const slots = () => window as unknown as Slots;

export function putEarlyRead<T>(name: string, read: Promise<T | null>): void {
  const early: EarlyRead<T> = { read };
  void read.then((value) => (early.settled = value));
  slots()[name] = early;
}

/** The read, once (null without one): every later render reads for itself, live. */
export function takeEarlyRead<T>(name: string): EarlyRead<T> {
  const early = (slots()[name] as EarlyRead<T> | undefined) ?? { read: Promise.resolve(null), settled: null };
  delete slots()[name];
  return early;
}
