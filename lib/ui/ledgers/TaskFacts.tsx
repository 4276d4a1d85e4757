import { t, tn } from '../../i18n/t';

/** What a stored task and an import preview row both show: units, people, deadline with its phases, progress. */
export interface TaskFacts {
  lead: readonly string[];
  partners: readonly string[];
  leaders: readonly string[];
  deadlineText: string;
  milestones: readonly { text: string; due: string | null }[];
  progress: string | null;
}

/** Header cells of the columns that FactCells fills, in the same order. */
export function FactHeads() {
  return (
    <>
      <th scope="col" class="lg-col-dept">
        {t('colLead')}
      </th>
      <th scope="col" class="lg-col-dept">
        {t('colPartners')}
      </th>
      <th scope="col" class="lg-col-leaders">
        {t('liColLeaders')}
      </th>
      <th scope="col" class="lg-col-deadline">
        {t('colDeadline')}
      </th>
    </>
  );
}

/** 牵头单位, 配合单位, 责任领导 and 完成时限 (with each milestone's date) as four cells. */
export function FactCells({ task }: { task: TaskFacts }) {
  return (
    <>
      <td class="lg-lead">{task.lead.join('、')}</td>
      <td class="lg-partners">{task.partners.join('、')}</td>
      <td class="lg-leaders">{task.leaders.join('、')}</td>
      <td>
        {task.deadlineText}
        {task.milestones.length > 0 && (
          <ol class="lg-milestones" aria-label={tn('liMilestones', task.milestones.length)}>
            {task.milestones.map((m, k) => (
              <li key={k}>
                {m.due ?? ''} {m.text}
              </li>
            ))}
          </ol>
        )}
      </td>
    </>
  );
}

/** The latest progress under a task's title; long text is clamped to a few lines, the full text in its title. */
export function ProgressLine({ progress }: { progress: string | null }) {
  if (!progress) return null;
  return (
    <div class="lg-progress lg-clamp" title={progress}>
      {t('rpLatestProgress', progress)}
    </div>
  );
}
