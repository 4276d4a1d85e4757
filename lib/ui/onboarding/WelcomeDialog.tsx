import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_REMINDER, type ReminderSettings } from '../../checklist/settings';
import { getDb } from '../../db/database';
import { readFilters } from '../../db/checklist-queries';
import { settings } from '../../db/setting-keys';
import { DepartmentPicker } from '../checklist/DepartmentPicker';
import { updateFilters } from '../checklist/actions';
import { t } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';
import { applyDocuments, finishGuide, skipGuide } from './actions';
import { DocumentsStep } from './DocumentsStep';
import { useToday } from '../use-today';
import { RemindersStep } from './RemindersStep';
import { errorText } from '../error-text';

const STEPS = ['obStepDocuments', 'obStepDepartments', 'obStepReminders'] as const;

/** The three-step first-run guide, a modal dialog over the options page; onClose leaves it for later. */
export function WelcomeDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState(0);
  const [picked, setPicked] = useState<Set<string> | undefined>(undefined);
  const today = useToday();
  const [reminder, setReminder] = useState<ReminderSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const departments = useLiveQuery(() => readFilters(getDb()).then((f) => f.departments), []);
  const stored = useLiveQuery(() => settings.reminder.getValue(getDb()), []);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const fail = (e: unknown) => setError(t('obSaveFailed', errorText(e)));
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const next = () =>
    run(async () => {
      if (step === 0) await applyDocuments(picked, today);
      setStep(step + 1);
    });
  const finish = () => run(() => finishGuide(reminder ?? stored ?? DEFAULT_REMINDER).then(onClose));
  const skip = () => run(() => skipGuide().then(onClose));
  const last = step === STEPS.length - 1;

  return (
    <dialog ref={ref} class="ob-dialog" aria-labelledby="ob-title" onCancel={onClose}>
      <h2 id="ob-title">{t('obTitle')}</h2>
      <p class="ob-muted">{t('obIntro')}</p>
      <ol class="ob-steps" aria-label={t('obStepOf', [String(step + 1), String(STEPS.length)])}>
        {STEPS.map((key, i) => (
          <li key={key} aria-current={i === step ? 'step' : undefined} class={i === step ? 'ob-current' : ''}>
            {t(key)}
          </li>
        ))}
      </ol>
      <section class="ob-body" aria-labelledby="ob-step-title">
        <h3 id="ob-step-title">{t('obStepTitle', [String(step + 1), String(STEPS.length), t(STEPS[step])])}</h3>
        {step === 0 && <DocumentsStep picked={picked} onChange={setPicked} today={today} />}
        {step === 1 && (
          <>
            <p class="ob-muted">{t('obDepartmentsHint')}</p>
            <DepartmentPicker
              selected={departments ?? []}
              onChange={(update) =>
                // Not through run(): a busy re-render would untick the box until the stored list arrives.
                void updateFilters((f) => ({ departments: update(f.departments) })).catch(fail)
              }
            />
          </>
        )}
        {step === 2 && <RemindersStep value={reminder ?? stored ?? DEFAULT_REMINDER} onChange={setReminder} />}
      </section>
      <p role="alert" class="ob-error">
        {error}
      </p>
      <div class="ob-actions">
        <button type="button" class="ob-skip" disabled={busy} onClick={() => void skip()}>
          {t('obSkip')}
        </button>
        {step > 0 && (
          <button type="button" disabled={busy} onClick={() => setStep(step - 1)}>
            {t('obBack')}
          </button>
        )}
        <button
          type="button"
          class="ob-primary"
          autoFocus
          disabled={busy}
          onClick={() => void (last ? finish() : next())}
        >
          {t(last ? 'obFinish' : 'obNext')}
        </button>
      </div>
    </dialog>
  );
}
