import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { badgeColor, badgeText, type BadgeCounts } from '../checklist/badge';
import { localDay } from '../model/days';
import { readFilters } from '../db/checklist-queries';
import { readBadgeDays } from '../db/checklist-settings';
import { dueSoon } from './due-soon';

export async function badgeCounts(db: ReformDb, today = localDay()): Promise<BadgeCounts> {
  const [days, filters] = await Promise.all([readBadgeDays(db), readFilters(db)]);
  return (await dueSoon(db, { today, days, departments: filters.departments, lineLimit: 0 })).counts;
}

export async function showBadge(counts: BadgeCounts): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(counts) }),
    browser.action.setBadgeBackgroundColor({ color: badgeColor(counts) }),
  ]);
}

export async function refreshBadge(db: ReformDb, today = localDay()): Promise<void> {
  await showBadge(await badgeCounts(db, today));
}
