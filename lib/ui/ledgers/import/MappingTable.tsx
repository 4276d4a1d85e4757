import { useId } from 'preact/hooks';
import type { ColumnMapping, LedgerColumn } from '../../../ledger/table-columns';
import { cleanCellText } from '../../../ledger/table-import';
import { t } from '../../../i18n/t';
import { COLUMN_ROLES, assignColumn, columnCount, roleOf, rowLabel, withHeaderRow } from './mapping';

interface Props {
  rows: string[][];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const SAMPLE = 4;
const HEADER_CHOICES = 30;
export const roleLabel = (role: LedgerColumn) => t(`lgRole_${role}`);

/** The pasted columns with a select above each: what the column holds, as detected or as the user sets it. */
export function MappingTable({ rows, mapping, onChange }: Props) {
  const id = useId();
  const columns = Array.from({ length: columnCount(rows) }, (_, i) => i);
  const header = mapping.headerRow >= 0 ? rows[mapping.headerRow] : undefined;
  const sample = rows.slice(mapping.headerRow + 1, mapping.headerRow + 1 + SAMPLE);
  return (
    <div class="lg-mapping">
      <label class="ui-inline" for={`${id}-header`}>
        {t('lgHeaderRow')}
        <select
          id={`${id}-header`}
          value={String(mapping.headerRow)}
          onChange={(e) => onChange(withHeaderRow(rows, mapping, Number(e.currentTarget.value)))}
        >
          <option value="-1">{t('lgNoHeaderRow')}</option>
          {rows.slice(0, HEADER_CHOICES).map((row, r) => (
            <option key={r} value={String(r)}>
              {t('lgRowChoice', [String(r + 1), rowLabel(row)])}
            </option>
          ))}
        </select>
      </label>
      <div class="ui-scroll">
        <table class="ui-table lg-mapping-table">
          <caption class="ui-visually-hidden">{t('lgMappingCaption')}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" data-column={c}>
                  <select
                    aria-label={t('lgColumnRoleLabel', String(c + 1))}
                    value={roleOf(mapping, c) ?? ''}
                    class={roleOf(mapping, c) ? 'lg-mapped' : undefined}
                    onChange={(e) =>
                      onChange(assignColumn(mapping, c, (e.currentTarget.value || null) as LedgerColumn | null))
                    }
                  >
                    <option value="">{t('lgRoleNone')}</option>
                    {COLUMN_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleLabel(role)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
            {header && (
              <tr class="lg-source-header">
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {cleanCellText(header[c])}
                  </th>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {sample.map((row, r) => (
              <tr key={r}>
                {columns.map((c) => (
                  <td key={c}>
                    <div class="lg-clamp">{cleanCellText(row[c])}</div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
