import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { badgeColor, badgeText, type BadgeCounts } from '../checklist/badge';
import { localDay } from '../model/calendar';
import { settings } from '../db/setting-keys';
import { dueSoon, myDepartments } from './due-soon';

export async function badgeCounts(db: ReformDb, today: string = localDay()): Promise<BadgeCounts> {
  const [days, mine] = await Promise.all([settings.badgeDays.getValue(db), myDepartments(db)]);
  return (await dueSoon(db, { today, days, ...mine, lineLimit: 0 })).counts;
}

export async function showBadge(counts: BadgeCounts): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(counts) }),
    browser.action.setBadgeBackgroundColor({ color: badgeColor(counts) }),
  ]);
}

export async function refreshBadge(db: ReformDb, today: string = localDay()): Promise<void> {
  await showBadge(await badgeCounts(db, today));
}
