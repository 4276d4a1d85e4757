import { XLSX_MIME, downloadBlob } from '../download';

const safeName = (s: string) => s.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 80);

export function saveXlsx(parts: string[], bytes: Uint8Array): void {
  downloadBlob(`${parts.map(safeName).join('_')}.xlsx`, new Blob([bytes as BlobPart], { type: XLSX_MIME }));
}

export async function readFiles(list: FileList | File[]): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
