import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { saveMonthFigures, type FigureValues } from '../../db/figures';
import type { FigureRecord } from '../../model/records';
import type { IndicatorDef } from '../../model/indicator/schema';
import { t, tn } from '../../i18n/t';
import { clearDraft, loadDraft, loadDraftBase, saveDraft } from './drafts';
import { FigureField } from './FigureField';
import { checkForm, formGroups, valuesToSave, valuesToTexts, type Texts } from './form-model';
import { errorText } from '../error-text';
import { indicatorName, inputLabel } from './display-text';
import { plainNumber } from '../../indicators/number-input';
import { useEditBase } from '../reliability/use-edit-base';

const figureText = (v: unknown) => (typeof v === 'number' ? plainNumber(v) : '');

interface Props {
  defs: IndicatorDef[];
  unitId: string;
  month: string;
  stored: FigureRecord | undefined;
}

/**
 * The month's figures, grouped by indicator; typed text is kept as a draft until the month is saved. A save writes
 * only the figures the user changed since the form opened (or since the draft was begun): another page's figures
 * are kept, and one both changed is shown beside its field with both values (EditConflict) and nothing is saved.
 */
export function FigureForm({ defs, unitId, month, stored }: Props) {
  const [texts, setTexts] = useState<Texts | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const groups = useMemo(() => formGroups(defs), [defs]);
  const storedValues = stored?.values ?? {};
  const edit = useEditBase<FigureValues>(() => undefined);

  useEffect(() => {
    let live = true;
    setTexts(null);
    setStatus(null);
    void Promise.all([loadDraft(getDb(), unitId, month), loadDraftBase(getDb(), unitId, month)]).then(
      ([draft, draftBase]) => {
        if (!live) return;
        edit.reset((draft && draftBase) ?? storedValues);
        setTexts(draft ?? valuesToTexts(storedValues));
      },
    );
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
    void saveDraft(getDb(), unitId, month, next, edit.base).catch((e: unknown) => console.warn('indicator draft', e));
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const errorCount = Object.keys(check.errors).length;
    if (errorCount > 0) {
      setStatus({ ok: false, text: tn('indNotSaved', errorCount) });
      return;
    }
    try {
      const toSave = valuesToSave(check.values, storedValues);
      const saved = await saveMonthFigures(getDb(), unitId, month, toSave, undefined, edit.base);
      await clearDraft(getDb(), unitId, month);
      edit.reset(saved.values);
      setTexts(valuesToTexts(saved.values));
      setStatus({ ok: true, text: t('indSaved', month) });
    } catch (err) {
      const rebased = edit.caught(err);
      if (rebased) void saveDraft(getDb(), unitId, month, texts, rebased).catch(() => undefined);
      setStatus({ ok: false, text: rebased ? t('igConflictForm') : errorText(err) });
    }
  };

  return (
    <form class="ind-form" onSubmit={(e) => void save(e)} aria-label={t('indFormLabel', month)}>
      <div class="ind-form-groups">
        {groups.map(({ def, inputs, shared }) => (
          <fieldset key={def.id} class="ui-group ind-group">
            <legend>{indicatorName(def)}</legend>
            {inputs.map((input) => (
              <FigureField
                key={input.key}
                input={input}
                value={texts[input.key] ?? ''}
                error={check.errors[input.key]}
                onInput={(v) => type(input.key, v)}
                conflict={edit.choice(input.key, texts[input.key] ?? '', (v) => type(input.key, v), figureText)}
              />
            ))}
            {shared.length > 0 && (
              <p class="ui-hint">{t('indSharedInputs', shared.map(inputLabel).join(t('errListSeparator')))}</p>
            )}
          </fieldset>
        ))}
      </div>
      <div class="ind-save-bar">
        <button type="submit" class="ui-primary">
          {t('indSaveMonth', month)}
        </button>
        {status && (
          <span class={status.ok ? 'ui-ok' : 'ui-error'} role="status">
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
