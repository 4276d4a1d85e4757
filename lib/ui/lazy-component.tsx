import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P extends object> {
  (props: P): VNode | null;
  /** Starts loading now (say, before the page renders) so the code arrives alongside the page's own. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A component whose code loads the first time it is shown, so a page's first paint does not carry it
 * (preact/compat's lazy needs Suspense and compat itself). Until it is in, `fallback` shows.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => VNode | null = () => null,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((c) => (loaded = c));
    return loading;
  };
  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      preload()
        .then((c) => setComponent(() => c))
        .catch((e: unknown) => {
          loading = null;
          console.warn('lazy component', e);
        });
    }, [Component]);
    return Component ? <Component {...props} /> : fallback();
  }
  Lazy.preload = preload;
  return Lazy;
}
