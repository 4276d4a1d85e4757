import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { badgeColor, badgeText, type BadgeCounts } from '../checklist/badge';
import { localDay } from '../model/calendar';
import { readFilters } from '../db/checklist-queries';
import { settings } from '../db/setting-keys';
import { dueSoon } from './due-soon';

export async function badgeCounts(db: ReformDb, today: string = localDay()): Promise<BadgeCounts> {
  const [days, filters] = await Promise.all([settings.badgeDays.getValue(db), readFilters(db)]);
  return (await dueSoon(db, { today, days, departments: filters.departments, lineLimit: 0 })).counts;
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
