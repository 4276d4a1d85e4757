import type { ReformDb } from './database';
import { getSetting, guard } from './settings';
import { isEpochMsOrNull } from '../reliability/backup-reminder';

/** Epoch ms of the last backup download. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

export const readLastBackupAt = (db: ReformDb) => getSetting(db, LAST_BACKUP_KEY, guard(isEpochMsOrNull), null);
