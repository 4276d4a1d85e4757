/** Next moment (epoch ms) at local wall-clock time 'HH:MM' strictly after `now`. */
export function nextReminderAt(now: Date, time: string): number {
  const [h, m] = time.split(':').map(Number);
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** Whether an existing alarm still fires at the wanted local time of day (the user may have changed it). */
export function firesAtTime(scheduledTime: number, time: string): boolean {
  const d = new Date(scheduledTime);
  const [h, m] = time.split(':').map(Number);
  return d.getHours() === h && d.getMinutes() === m;
}
