import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
import { useLiveQuery } from '../use-live-query';
import { lazyComponent } from '../lazy-component';
import { t } from '../../i18n/t';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './capture.css';

// The form, its parser and its checks load only while a capture waits, not with every side-panel open.
const LazyPendingForm = lazyComponent(() => import('./PendingForm').then((m) => m.PendingForm));

/**
 * Shows the capture form above the checklist while a capture waits (right-click "加入台账", the keyboard
 * command). In its own window (sidepanel.html#capture, when the side panel could not open) it says when
 * nothing is waiting.
 */
export function CaptureGate({ inWindow }: { inWindow: boolean }) {
  const waiting = useLiveQuery(() => settings.pendingCapture.hasValue(getDb()).then((has) => ({ waiting: has })), []);
  const [saved, setSaved] = useState('');
  if (waiting === undefined) return null;
  if (waiting.waiting) return <LazyPendingForm inWindow={inWindow} onSaved={setSaved} />;
  if (!inWindow && !saved) return null;
  return (
    <section class="ui-page cap">
      <p class={saved ? 'ui-ok' : 'ui-muted'} role="status">
        {saved || t('capNothingPending')}
      </p>
      <div class="ui-buttons">
        {inWindow && (
          <button type="button" onClick={() => window.close()}>
            {t('capCloseWindow')}
          </button>
        )}
        {!inWindow && (
          <button type="button" class="ui-link" onClick={() => setSaved('')}>
            ×
          </button>
        )}
      </div>
    </section>
  );
}
