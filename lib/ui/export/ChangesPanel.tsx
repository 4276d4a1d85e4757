import type { SnapshotRecord } from '../../model/records';
import { formatStamp } from '../../checklist/timeline';
import type { SnapshotDiff } from '../../export/diff';
import type { Snapshot } from '../../export/types';
import { formatIndicatorValue } from '../../indicators/display';
import { t } from '../../i18n/t';

const SHOWN = 10;

function List({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.slice(0, SHOWN).map((text, i) => (
        <li key={i}>{text}</li>
      ))}
      {items.length > SHOWN && <li class="ui-muted">{t('exAndMore', String(items.length - SHOWN))}</li>}
    </ul>
  );
}

/** 自上次导出以来: newly done, newly overdue, indicators that moved. */
export function ChangesPanel({
  last,
  diff,
  snapshot,
}: {
  last: SnapshotRecord | null;
  diff: SnapshotDiff;
  snapshot: Snapshot;
}) {
  if (!last) {
    return (
      <section class="ui-panel ex-changes" aria-labelledby="ex-changes-heading">
        <h3 id="ex-changes-heading">{t('exChangesHeading')}</h3>
        <p class="ui-muted">{t('exNoPrevious')}</p>
      </section>
    );
  }
  const task = new Map(snapshot.tasks.map((r) => [r.id, `${r.title}（${r.ledgerTitle}）`]));
  const ind = new Map(snapshot.indicators.map((r) => [`${r.unitId}|${r.id}`, r]));
  const moved = diff.moved.map((m) => {
    const row = ind.get(`${m.unitId}|${m.id}`);
    const unit = row?.measure ?? '';
    return `${row?.unitName ?? m.unitId}｜${row?.name ?? m.id}：${formatIndicatorValue(m.from, unit)} → ${formatIndicatorValue(m.to, unit)}`;
  });
  return (
    <section class="ui-panel ex-changes" aria-labelledby="ex-changes-heading">
      <h3 id="ex-changes-heading">{t('exChangesHeading')}</h3>
      <p class="ui-muted">{t('exSince', formatStamp(last.at))}</p>
      <p data-change="done">{t('exNewlyDone', String(diff.newlyDone.length))}</p>
      <List items={diff.newlyDone.map((id) => task.get(id) ?? id)} />
      <p data-change="overdue">{t('exNewlyOverdue', String(diff.newlyOverdue.length))}</p>
      <List items={diff.newlyOverdue.map((id) => task.get(id) ?? id)} />
      <p data-change="moved">{t('exMoved', String(diff.moved.length))}</p>
      <List items={moved} />
    </section>
  );
}
