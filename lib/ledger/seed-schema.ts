import { z } from '../z';
import { isoDate } from '../model/records';

const department = z.string().trim().min(1);

export const seedTask = z.object({
  seq: z.string().trim().min(1),
  group: z.string().trim().min(1).nullable(),
  title: z.string().trim().min(1),
  lead: z.array(department),
  partners: z.array(department),
  deadline: z.string(),
});

export const seedLedger = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().trim().min(1),
  issuer: z.string().trim().min(1),
  docNumber: z.string().trim().min(1).nullable(),
  issued: isoDate.nullable(),
  region: z.string().trim().min(1),
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  defaultDeadline: isoDate.optional(),
  tasks: z.array(seedTask).min(1),
});
export type SeedLedger = z.infer<typeof seedLedger>;
