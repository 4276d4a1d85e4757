import { BUCKETS, type BucketId } from '../model/due-status';

// About two popups' worth of rows per section; more come with "show more".
export const FIRST_ROWS = 15;
export const MORE_ROWS = 50;

/** What a page reads first: FIRST_ROWS of every section, and of 已完成 (collapsed) only its count. */
export function initialLimits(): Record<BucketId, number> {
  const limits = Object.fromEntries(BUCKETS.map((id) => [id, FIRST_ROWS])) as Record<BucketId, number>;
  limits.done = 0;
  return limits;
}
