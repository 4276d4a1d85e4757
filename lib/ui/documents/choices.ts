import type { ExtractedTarget } from '../../indicators/extract-targets';
import { defaultUnits, type NewIndicatorNames } from '../../indicators/target-indicator';
import type { NewDocument } from '../../db/documents';
import type { DocumentMeta, DocumentPreview } from './preview';

/** What the user decides for one target of the preview. */
export type TargetChoice =
  | { kind: 'catalog'; indicatorId: string }
  | ({ kind: 'new' } & NewIndicatorNames)
  | { kind: 'skip' };

/** A target that names a catalog indicator starts as a target for it; any other is skipped until the user says. */
export function initialChoices(targets: readonly ExtractedTarget[]): TargetChoice[] {
  return targets.map((t) => (t.indicatorId ? { kind: 'catalog', indicatorId: t.indicatorId } : { kind: 'skip' }));
}

/** The names a new indicator starts with: the target's own wording as its name, its unit as the target's. */
export function newIndicatorChoice(target: ExtractedTarget): TargetChoice {
  return {
    kind: 'new',
    name: target.subject.slice(0, 60),
    numerator: '',
    denominator: '',
    ...defaultUnits(target.unit),
  };
}

export type ChoiceErrors = Record<number, string>;

/**
 * The document as confirmed: the header the user corrected, the tasks (unless left out), each kept target for
 * its catalog indicator or as a new indicator. A new indicator without a name or a numerator is an error beside
 * that target; nothing is written while any remains.
 */
export function confirmedDocument(
  preview: DocumentPreview,
  meta: DocumentMeta,
  text: string,
  choices: readonly TargetChoice[],
  keepTasks: boolean,
): { document: NewDocument; errors: ChoiceErrors } {
  const errors: ChoiceErrors = {};
  const targets: NewDocument['targets'] = [];
  const newIndicators: NonNullable<NewDocument['newIndicators']> = [];
  preview.targets.forEach((target, i) => {
    const choice = choices[i] ?? { kind: 'skip' };
    if (choice.kind === 'catalog') targets.push({ ...target, indicatorId: choice.indicatorId });
    else if (choice.kind === 'new') {
      const fallback = defaultUnits(target.unit);
      const names = {
        name: choice.name.trim(),
        numerator: choice.numerator.trim(),
        denominator: choice.denominator.trim(),
        inputUnit: choice.inputUnit.trim() || fallback.inputUnit,
        unit: choice.unit?.trim() || fallback.unit,
      };
      if (!names.name) errors[i] = '请填写新指标的名称';
      else if (!names.numerator) errors[i] = '请填写分子（统计什么）';
      else if ((names.unit === '%' || names.unit === '‰') && !names.denominator)
        errors[i] = '比例指标请填写分母（除以什么）';
      else newIndicators.push({ target, names });
    }
  });
  return { document: { meta, text, tasks: keepTasks ? preview.tasks : [], targets, newIndicators }, errors };
}
