import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { UndoToastState } from './use-undo-toast';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './toast.css';
import { errorText } from '../error-text';

interface Props {
  toast: UndoToastState | null;
  onDismiss: () => void;
  /** True while the pointer or focus is on the toast, so it does not vanish under the user's hand. */
  onPause?: (paused: boolean) => void;
}

/** "已删除 … [撤销] [×]" at the bottom of the page; a failed undo says why and keeps the toast. */
export function UndoToast({ toast, onDismiss, onPause }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ id: number; text: string } | null>(null);
  const undo = async () => {
    if (!toast || busy) return;
    setBusy(true);
    try {
      await toast.undo();
      onDismiss();
    } catch (e) {
      setError({ id: toast.id, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const failed = toast && error?.id === toast.id ? error.text : null;
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          class="toast"
          key={toast.id}
          onMouseEnter={() => onPause?.(true)}
          onMouseLeave={() => onPause?.(false)}
          onFocusIn={() => onPause?.(true)}
          onFocusOut={() => onPause?.(false)}
        >
          <span class="toast-text">{toast.message}</span>
          {failed && <span class="toast-error">{t('toastUndoFailed', failed)}</span>}
          <button type="button" class="toast-undo" disabled={busy} onClick={() => void undo()}>
            {t('toastUndo')}
          </button>
          <button type="button" class="toast-close" aria-label={t('toastClose')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
