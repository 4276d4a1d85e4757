import { z } from '../z';
import { addDays, daysInMonth, toIsoDate as isoDay } from '../model/calendar';
import type { ReportPeriod } from './form-types';

/** The office's reporting cycle: 每月 or 每季度, the report due on a day of the period's last month. */
export const reportCycle = z.object({
  kind: z.enum(['month', 'quarter']),
  /** 每月25日前 → 25; a day past the month's end means its last day. */
  dueDay: z.number().int().min(1).max(31),
  /** Remind departments this many days before the due day. */
  remindDays: z.number().int().min(0).max(15),
});
export type ReportCycle = z.infer<typeof reportCycle>;

export interface CyclePeriod extends ReportPeriod {
  /** The day reports for this period are due. */
  due: string;
}

function build(cycle: ReportCycle, y: number, firstMonth: number): CyclePeriod {
  const lastMonth = cycle.kind === 'month' ? firstMonth : firstMonth + 2;
  const label = cycle.kind === 'month' ? `${y}年${firstMonth}月` : `${y}年第${(firstMonth + 2) / 3}季度`;
  const end = isoDay(y, lastMonth, daysInMonth(y, lastMonth));
  const due = isoDay(y, lastMonth, Math.min(cycle.dueDay, daysInMonth(y, lastMonth)));
  return { label, start: isoDay(y, firstMonth, 1), end, due };
}

/** The period containing `day`. */
export function periodOf(cycle: ReportCycle, day: string): CyclePeriod {
  const [y, m] = day.split('-').map(Number);
  return build(cycle, y, cycle.kind === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1);
}

/** The period `steps` periods after (or before, when negative) the one containing `day`. */
export function shiftPeriod(cycle: ReportCycle, day: string, steps: number): CyclePeriod {
  const [y, m] = day.split('-').map(Number);
  const months = cycle.kind === 'month' ? 1 : 3;
  const first = cycle.kind === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const index = y * 12 + (first - 1) + steps * months;
  return build(cycle, Math.floor(index / 12), (index % 12) + 1);
}

export type DueState = 'early' | 'remind' | 'dueToday' | 'late';

/** Where `today` stands against the period's due day: reminders run from remindDays before it. */
export function dueState(cycle: ReportCycle, period: CyclePeriod, today: string): DueState {
  if (today > period.due) return 'late';
  if (today === period.due) return 'dueToday';
  const remindFrom = addDays(period.due, -cycle.remindDays);
  return today >= remindFrom ? 'remind' : 'early';
}
