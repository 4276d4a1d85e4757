import { getDb } from '../../db/database';
import { getCycle, getDepartmentSide, listBulletins, loadReporting } from '../../db/reports';
import { useLiveQuery } from '../use-live-query';

/** Ledgers to choose from, and for the chosen one: its tasks, reports, the office cycle and issued bulletins. */
export function useReporting(ledgerId: string | null) {
  return useLiveQuery(async () => {
    const db = getDb();
    const ledgers = (await db.ledgers.toArray()).filter((l) => !l.archived).map((l) => ({ id: l.id, title: l.title }));
    const id = ledgerId ?? ledgers[0]?.id ?? null;
    const [data, cycle, bulletins, side] = await Promise.all([
      id ? loadReporting(db, id) : null,
      getCycle(db),
      id ? listBulletins(db, id) : [],
      getDepartmentSide(db),
    ]);
    // Set when this ledger came from the office's package: this machine is that department's.
    const department = id ? (side[id] ?? null) : null;
    return { ledgers, id, data, cycle, bulletins, department };
  }, [ledgerId]);
}
export type Reporting = NonNullable<ReturnType<typeof useReporting>>;
