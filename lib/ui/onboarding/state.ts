import type { ReformDb } from '../../db/database';
import { getSetting, setSetting } from '../../db/settings';
import { z } from '../../z';

/** Whether the first-run guide was finished or skipped; absent until then, so the options page keeps offering it. */
export const ONBOARDING_KEY = 'onboarding.state';
export const onboardingState = z.enum(['done', 'skipped']).nullable();
export type OnboardingState = z.infer<typeof onboardingState>;

export const WELCOME_HASH = '#welcome';

export const readOnboarding = (db: ReformDb) => getSetting(db, ONBOARDING_KEY, onboardingState, null);

export const closeOnboarding = (db: ReformDb, how: 'done' | 'skipped') =>
  setSetting(db, ONBOARDING_KEY, onboardingState, how);
