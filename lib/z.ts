import { z } from 'zod';

// zod 4 probes `new Function` at start-up; the extension CSP forbids it and logs a violation.
z.config({ jitless: true });

export { z };
