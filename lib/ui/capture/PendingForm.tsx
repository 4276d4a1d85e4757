import { useLiveQueryOf } from '../use-live-query';
import { CaptureForm } from './CaptureForm';

const load = () => import('./capture-data');

/** The waiting capture, validated, in its form; loaded by CaptureGate only while one waits. */
export function PendingForm({ inWindow, onSaved }: { inWindow: boolean; onSaved: (message: string) => void }) {
  const pending = useLiveQueryOf(load, (data) => data.watchPending(), []);
  if (!pending) return null;
  return <CaptureForm key={pending.at} pending={pending} inWindow={inWindow} onSaved={onSaved} />;
}
