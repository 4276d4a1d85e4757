import { DB_NAME } from './db-name';
import { CURRENT_SCHEMA_VERSION } from '../model/upgrades';

// Dexie opens schema version n as IndexedDB version 10n: any other is a database this code does not know the shape of
// (an update installed, its upgrade not yet run), left to Dexie.
const IDB_VERSION = CURRENT_SCHEMA_VERSION * 10;

/**
 * For a page's classic script, which reads before Dexie has loaded (./early-first-rows.ts):
 * runs `read` on the database opened at whatever version it has, and closes it. Null when there is nothing to read
 * yet: a database that does not exist is not created (its creation is aborted, which removes it), and one at another
 * version than this code's, or any failure, leaves the page to its usual read.
 */
export function readEarly<T>(read: (db: IDBDatabase) => Promise<T>): Promise<T | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Another page upgrading the schema must not wait for this read.
      db.onversionchange = () => db.close();
      let reading: Promise<T> | null = null;
      try {
        if (db.version === IDB_VERSION) reading = read(db);
      } catch {
        reading = null;
      }
      if (!reading) {
        db.close();
        resolve(null);
        return;
      }
      reading.then(resolve, () => resolve(null)).finally(() => db.close());
    };
  });
}

/** Settles with what a read-only transaction's requests left behind, once it completes. */
export function completed<T>(tx: IDBTransaction, result: T): Promise<T> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}
