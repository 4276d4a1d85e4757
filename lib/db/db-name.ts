/** The extension's one IndexedDB database (its own file: the page's classic script opens it without Dexie). */
export const DB_NAME = 'reform-ledger';
