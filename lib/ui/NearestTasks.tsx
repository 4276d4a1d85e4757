import { getDb } from '../db/database';
import { ledgerTitles } from '../db/ledgers';
import { nearestOpenTasks } from '../db/tasks';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

export function NearestTasks({ limit }: { limit: number }) {
  const data = useLiveQuery(async () => {
    const db = getDb();
    return { tasks: await nearestOpenTasks(db, limit), titles: await ledgerTitles(db) };
  }, [limit]);
  if (!data) return <p>{t('loading')}</p>;
  if (data.tasks.length === 0) return <p>{t('emptyChecklist')}</p>;
  return (
    <ul class="task-list" aria-label={t('nearestDeadlines')}>
      {data.tasks.map((task) => (
        <li key={task.id} class="task-row" data-task-id={task.id}>
          <span class="task-title">{task.title}</span>
          <span class="task-meta">
            {data.titles.get(task.ledgerId)} · {task.lead.join('、')} · {task.due}
          </span>
        </li>
      ))}
    </ul>
  );
}
