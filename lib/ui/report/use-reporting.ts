import { getDb } from '../../db/database';
import { getCycle, listBulletins, loadReporting } from '../../db/reports';
import { useLiveQuery } from '../use-live-query';

/** Ledgers to choose from, and for the chosen one: its tasks, reports, the office cycle and issued bulletins. */
export function useReporting(ledgerId: string | null) {
  return useLiveQuery(async () => {
    const db = getDb();
    const ledgers = (await db.ledgers.toArray()).filter((l) => !l.archived).map((l) => ({ id: l.id, title: l.title }));
    const id = ledgerId ?? ledgers[0]?.id ?? null;
    const [data, cycle, bulletins] = await Promise.all([
      id ? loadReporting(db, id) : null,
      getCycle(db),
      id ? listBulletins(db, id) : [],
    ]);
    return { ledgers, id, data, cycle, bulletins };
  }, [ledgerId]);
}
export type Reporting = NonNullable<ReturnType<typeof useReporting>>;
