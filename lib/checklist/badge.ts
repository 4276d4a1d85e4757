/** Toolbar badge: overdue + due within N days; red when anything is overdue, amber when only due soon. */
export interface BadgeCounts {
  overdue: number;
  /** Open tasks due from today through today + N days. */
  soon: number;
}

export const BADGE_RED = '#B42318';
export const BADGE_AMBER = '#B54708';
export const BADGE_NEUTRAL = '#59636E';

export function badgeText(counts: BadgeCounts): string {
  const total = counts.overdue + counts.soon;
  if (total <= 0) return '';
  // The badge has room for about four characters.
  return total > 999 ? '999+' : String(total);
}

export function badgeColor(counts: BadgeCounts): string {
  if (counts.overdue > 0) return BADGE_RED;
  if (counts.soon > 0) return BADGE_AMBER;
  return BADGE_NEUTRAL;
}
