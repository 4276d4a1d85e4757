/**
 * Settings keys of the capture hand-over, in a module of their own: the side panel watches for a waiting capture
 * with only these, and loads the form and its parser (lib/db/capture.ts) once one is there.
 */
export const PENDING_CAPTURE_KEY = 'capture.pending';
/** Contract with the ledger import panel (options.html#ledgers): a table taken from a page, waiting for its preview. */
export const PENDING_TABLE_KEY = 'capture.pendingTable';
