import { XLSX_MIME, downloadBlob } from '../download';
import { fileName } from '../../model/file-name';

export function saveXlsx(parts: string[], bytes: Uint8Array): void {
  downloadBlob(fileName(parts, 'xlsx'), new Blob([bytes as BlobPart], { type: XLSX_MIME }));
}

export async function readFiles(list: FileList | File[]): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
