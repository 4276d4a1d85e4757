import { parseDeadline } from '../../model/deadline';
import { dueFor } from '../../ledger/build-task';
import { nextOccurrence } from '../../model/recurrence';
import { useToday } from '../use-today';
import { t } from '../../i18n/t';

interface Props {
  text: string;
  override: string;
  year: number;
  defaultDeadline: string | null;
  id?: string;
}

/** The date a deadline text will be filed under, recomputed on every keystroke (the same rule as on save). */
export function DeadlineHint({ text, override, year, defaultDeadline, id }: Props) {
  const today = useToday();
  const parsed = parseDeadline(text, { year });
  const { due } = dueFor({ deadlineText: text, dueOverride: override || null }, { year, defaultDeadline });
  return (
    <output id={id} class={`lg-parsed${due ? '' : ' lg-parsed-none'}`} aria-live="polite" data-due={due}>
      {describe(text, override, parsed, due, today)}
    </output>
  );
}

function describe(
  text: string,
  override: string,
  parsed: ReturnType<typeof parseDeadline>,
  due: string,
  today: string,
): string {
  if (override) return t('lgDueOverride', override);
  if (parsed.kind === 'recurring') {
    const next = nextOccurrence(text, today);
    return next ? t('lgDueRecurring', next) : t('lgDueRecurringNone');
  }
  if (parsed.due && parsed.kind === 'span' && parsed.start) return t('lgDueSpan', [parsed.start, parsed.due]);
  if (parsed.due) return t('lgDueParsed', parsed.due);
  if (due) return t('lgDueDefault', due);
  return text.trim() === '' ? t('lgDueEmpty') : t('lgDueOpen');
}
