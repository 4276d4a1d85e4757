import { seedLedger, type SeedLedger } from './seed-schema';

// Vite inlines the JSON at build time; every file is validated before it can reach the database.
const files = import.meta.glob<unknown>('../../seeds/ledgers/*.json', { eager: true, import: 'default' });

export function bundledLedgers(): SeedLedger[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const parsed = seedLedger.safeParse(files[path]);
      if (!parsed.success) throw new Error(`种子台账 ${path} 格式错误：${parsed.error.message}`);
      return parsed.data;
    });
}

/** Ids of the bundled ledgers, without validating their tasks (a restore needs only the ids). */
export function bundledSeedIds(): string[] {
  return Object.values(files).flatMap((f) => {
    const id = (f as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}
