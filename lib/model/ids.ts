/** A short random id part (12 hex digits) for records users create: ledgers, tasks, units. */
export const shortId = (): string => crypto.randomUUID().replaceAll('-', '').slice(0, 12);
