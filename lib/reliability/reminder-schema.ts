import { z } from '../z';
import { MAX_REMINDER_DAYS } from './backup-reminder';

/** 0 turns the reminder off. */
export const reminderDays = z
  .number()
  .int('请输入整数天数')
  .min(0, '不能小于 0')
  .max(MAX_REMINDER_DAYS, `不能超过 ${MAX_REMINDER_DAYS} 天`);
export const epochMs = z.number().int().nonnegative().nullable();
