import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { saveMonthFigures } from '../../db/figures';
import type { FigureRecord } from '../../model/records';
import type { IndicatorDef } from '../../model/indicator/schema';
import { t, tn } from '../../i18n/t';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { FigureField } from './FigureField';
import { checkForm, formGroups, valuesToSave, valuesToTexts, type Texts } from './form-model';
import { errorText } from '../error-text';
import { indicatorName, inputLabel } from './display-text';

interface Props {
  defs: IndicatorDef[];
  unitId: string;
  month: string;
  stored: FigureRecord | undefined;
}

/** The month's figures, grouped by indicator; typed text is kept as a draft until the month is saved. */
export function FigureForm({ defs, unitId, month, stored }: Props) {
  const [texts, setTexts] = useState<Texts | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const groups = useMemo(() => formGroups(defs), [defs]);
  const storedValues = stored?.values ?? {};

  useEffect(() => {
    let live = true;
    setTexts(null);
    setStatus(null);
    void loadDraft(getDb(), unitId, month).then((draft) => {
      if (live) setTexts(draft ?? valuesToTexts(storedValues));
    });
    return () => {
      live = false;
    };
    // The draft or the stored values are read once per unit and month (the parent renders this form only once
    // they are loaded); a save sets the texts itself, so reloading them then would wipe the "已保存" status.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [unitId, month]);

  const check = useMemo(() => checkForm(defs, texts ?? {}), [defs, texts]);
  if (texts === null) return <p>{t('loading')}</p>;

  const type = (key: string, value: string) => {
    const next = { ...texts, [key]: value };
    setTexts(next);
    setStatus(null);
    void saveDraft(getDb(), unitId, month, next).catch((e: unknown) => console.warn('indicator draft', e));
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const errorCount = Object.keys(check.errors).length;
    if (errorCount > 0) {
      setStatus({ ok: false, text: tn('indNotSaved', errorCount) });
      return;
    }
    try {
      const saved = await saveMonthFigures(getDb(), unitId, month, valuesToSave(check.values, storedValues));
      await clearDraft(getDb(), unitId, month);
      setTexts(valuesToTexts(saved.values));
      setStatus({ ok: true, text: t('indSaved', month) });
    } catch (err) {
      setStatus({ ok: false, text: errorText(err) });
    }
  };

  return (
    <form class="ind-form" onSubmit={(e) => void save(e)} aria-label={t('indFormLabel', month)}>
      <div class="ind-form-groups">
        {groups.map(({ def, inputs, shared }) => (
          <fieldset key={def.id} class="ind-group">
            <legend>{indicatorName(def)}</legend>
            {inputs.map((input) => (
              <FigureField
                key={input.key}
                input={input}
                value={texts[input.key] ?? ''}
                error={check.errors[input.key]}
                onInput={(v) => type(input.key, v)}
              />
            ))}
            {shared.length > 0 && (
              <p class="lg-hint">{t('indSharedInputs', shared.map(inputLabel).join(t('errListSeparator')))}</p>
            )}
          </fieldset>
        ))}
      </div>
      <div class="ind-save-bar">
        <button type="submit" class="lg-primary">
          {t('indSaveMonth', month)}
        </button>
        {status && (
          <span class={status.ok ? 'lg-ok' : 'lg-error'} role="status">
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
