/** What the browser answered about keeping the data: granted, refused, or the API is missing. */
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Asks the browser to keep the database when disk space runs low (navigator.storage.persist()); asks only
 * when it is not persisted yet, since asking again changes nothing. Never throws: a failure reads as refused.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined): Promise<PersistenceState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
