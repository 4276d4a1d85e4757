/** 医改进展快照-2026-11-22.xlsx: the date of the snapshot, so successive reports sort by date. */
export function exportFileName(asOf: string, ext: string, part = ''): string {
  return `医改进展快照${part ? `-${part}` : ''}-${asOf}.${ext}`;
}
