import { t } from '../../i18n/t';

export interface UndoState {
  ids: string[];
  title: string;
}

/** Shown after a check-off until the next one or a dismiss: the undo sits right where the user acted. */
export function UndoBar({
  undo,
  onUndo,
  onDismiss,
}: {
  undo: UndoState | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="cl-undo-region" role="status" aria-live="polite">
      {undo && (
        <div class="cl-undo" data-no-copy>
          <span class="cl-undo-text">{t('clUndoText', undo.title)}</span>
          <button type="button" class="cl-undo-btn" aria-label={t('clUndoLabel', undo.title)} onClick={onUndo}>
            {t('clUndo')}
          </button>
          <button type="button" class="cl-dismiss" aria-label={t('clDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
