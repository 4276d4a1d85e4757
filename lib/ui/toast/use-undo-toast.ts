import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface UndoToastState {
  /** Stable per toast so a new one replaces the old even with the same text. */
  id: number;
  message: string;
  undo: () => Promise<void>;
}

// Long enough to notice a mistake and reach the button; the toast stays while the pointer or focus is on it.
export const UNDO_TOAST_MS = 12_000;

/**
 * One undo toast per page: show() replaces the previous one (its change stays), undo runs once, then the toast
 * goes. The caller keeps whatever the undo needs inside the closure.
 */
export function useUndoToast(timeoutMs = UNDO_TOAST_MS) {
  const [toast, setToast] = useState<UndoToastState | null>(null);
  const [paused, setPaused] = useState(false);
  const nextIdRef = useRef(0);
  const dismiss = useCallback(() => setToast(null), []);
  const show = useCallback((message: string, undo: () => Promise<void>) => {
    nextIdRef.current += 1;
    setToast({ id: nextIdRef.current, message, undo });
  }, []);
  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, paused, timeoutMs]);
  return { toast, show, dismiss, setPaused };
}
