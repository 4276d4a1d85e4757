import { z } from '../z';
import { isoDate } from '../model/records';

export const seedDocument = z.object({
  id: z.string().regex(/^doc-[a-z0-9-]+$/),
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  title: z.string().trim().min(1),
  issuer: z.string().trim().min(1),
  docNumber: z.string().trim().min(1).nullable(),
  issued: isoDate.nullable(),
  region: z.string().trim().min(1),
});
export type SeedDocument = z.infer<typeof seedDocument> & { text: string };

// The reference library (文件库): the five bundled documents with their full source text, inlined at build time.
// Only the background (which seeds the database) imports this module, never a page's first paint.
const index = import.meta.glob<unknown>('../../seeds/documents/index.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('../../seeds/documents/*.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export function bundledDocuments(): SeedDocument[] {
  const parsed = z.array(seedDocument).safeParse(Object.values(index)[0]);
  if (!parsed.success) throw new Error(`文件库 seeds/documents/index.json 格式错误：${parsed.error.message}`);
  return parsed.data.map((doc) => {
    const text = texts[`../../seeds/documents/${doc.file}`];
    if (text === undefined) throw new Error(`文件库缺少原文 ${doc.file}`);
    return { ...doc, text };
  });
}
