import { useState } from 'preact/hooks';
import { useLiveQueryOf } from '../use-live-query';
import { t } from '../../i18n/t';
import { CaptureForm } from './CaptureForm';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './capture.css';

const load = () => import('./capture-data');

/**
 * Shows the capture form above the checklist while a capture waits (right-click "加入台账", the keyboard
 * command). In its own window (sidepanel.html#capture, when the side panel could not open) it says when
 * nothing is waiting.
 */
export function CaptureGate({ inWindow }: { inWindow: boolean }) {
  const pending = useLiveQueryOf(load, (data) => data.watchPending(), []);
  const [saved, setSaved] = useState('');
  if (pending === undefined) return null;
  if (pending === null) {
    if (!inWindow && !saved) return null;
    return (
      <section class="lg cap">
        <p class={saved ? 'lg-ok' : 'lg-muted'} role="status">
          {saved || t('capNothingPending')}
        </p>
        <div class="lg-buttons">
          {inWindow && (
            <button type="button" onClick={() => window.close()}>
              {t('capCloseWindow')}
            </button>
          )}
          {!inWindow && (
            <button type="button" class="lg-link" onClick={() => setSaved('')}>
              ×
            </button>
          )}
        </div>
      </section>
    );
  }
  return <CaptureForm key={pending.at} pending={pending} inWindow={inWindow} onSaved={setSaved} />;
}
