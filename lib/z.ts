import { z } from 'zod';

// zod 4 probes `new Function` at start-up; the extension CSP forbids it and logs a violation.
z.config({ jitless: true });

/** Parse option for messages users read: zod's Chinese wording for what no schema words itself. */
export const zhErrors = { error: z.locales.zhCN().localeError };

export { z };
