import { t } from '../../i18n/t';

interface Props {
  /** The other page's value, as the field would show it. */
  theirs: string;
  /** This form's value, as typed. */
  mine: string;
  /** Put the chosen value in the field; the user then saves again. */
  onTheirs: () => void;
  onMine: () => void;
}

const shown = (v: string) => v || t('igConflictEmpty');

/** Beside a field both pages changed: both values, and a button to keep each. Nothing was saved yet. */
export function ConflictChoice({ theirs, mine, onTheirs, onMine }: Props) {
  return (
    <span class="ui-error ig-conflict" role="alert" data-conflict="">
      {t('igConflictField', [shown(theirs), shown(mine)])}{' '}
      <button type="button" class="ui-link" onClick={onTheirs}>
        {t('igConflictUseTheirs')}
      </button>{' '}
      <button type="button" class="ui-link" onClick={onMine}>
        {t('igConflictUseMine')}
      </button>
    </span>
  );
}
