import { useId } from 'preact/hooks';
import { tn } from '../../../i18n/t';
import { rowLabel } from './mapping';

interface Props {
  tables: string[][][];
  index: number;
  onIndex: (index: number) => void;
}

/** A document often carries two ledgers (附件2, 附件3): every table is offered, one is imported at a time. */
export function TableChooser({ tables, index, onIndex }: Props) {
  const id = useId();
  return (
    <div class="ui-field">
      <label for={id}>{tn('liTableLabel', tables.length)}</label>
      <select id={id} value={String(index)} onChange={(e) => onIndex(Number(e.currentTarget.value))}>
        {tables.map((rows, i) => (
          <option key={i} value={String(i)}>
            {tn('liTableOption', rows.length, [String(i + 1), String(rows.length), rowLabel(rows[0], 30)])}
          </option>
        ))}
      </select>
    </div>
  );
}
