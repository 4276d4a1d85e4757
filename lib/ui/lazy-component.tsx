import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown, so a page's first paint does not carry it
 * (preact/compat's lazy needs Suspense and compat itself). Until it is in, `fallback` shows.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => VNode | null = () => null,
) {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      load()
        .then((c) => setComponent(() => (loaded = c)))
        .catch((e: unknown) => console.warn('lazy component', e));
    }, [Component]);
    return Component ? <Component {...props} /> : fallback();
  };
}
