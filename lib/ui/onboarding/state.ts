import type { ReformDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
export type { OnboardingState } from '../../db/setting-schemas';

/** Whether the first-run guide was finished or skipped; absent until then, so the options page keeps offering it. */
export const WELCOME_HASH = '#welcome';

export const readOnboarding = (db: ReformDb) => settings.onboarding.getValue(db);

export const closeOnboarding = (db: ReformDb, how: 'done' | 'skipped') => settings.onboarding.setValue(db, how);
