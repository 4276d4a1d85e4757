/**
 * Ways a backup file's bytes can be read as text. Our exports are UTF-8; a lenient decoder would turn a file a
 * Windows editor re-saved in GBK into "���" titles that then replace the user's data. So UTF-8 is decoded strictly
 * (a UTF-8 BOM is fine); UTF-16 with its BOM and GB18030 (a superset of GBK) are only rescues, which the caller
 * keeps only when they give a backup that passes every check.
 */
export type Decoded = { text: string; rescue: null } | { text: string; rescue: 'UTF-16' | 'GB18030（GBK）' } | null;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The text, or null when the bytes are not valid in that encoding (never a replacement character). */
function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    // The default ignoreBOM: false drops a BOM of this encoding (JSON.parse would refuse it).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const as = (text: string | null, rescue: 'UTF-16' | 'GB18030（GBK）'): Decoded =>
  text === null ? null : { text, rescue };

/** The one reading of the bytes worth checking, or null when no accepted encoding fits them. */
export function decodeBackupBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return as(strict(bytes, 'utf-16le'), 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return as(strict(bytes, 'utf-16be'), 'UTF-16');
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, rescue: null };
  // A UTF-8 BOM, or mostly good UTF-8, with some bytes that are not: a damaged UTF-8 file, not GBK. Read as
  // GB18030 its Chinese would pair up into other characters that still make valid JSON.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || mostlyUtf8(bytes)) return null;
  return as(strict(bytes, 'gb18030'), 'GB18030（GBK）');
}

/** More well-formed UTF-8 characters of three or four bytes (CJK and beyond) than broken sequences. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let wide = 0;
  let broken = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD') broken += 1;
    else if (ch.codePointAt(0)! >= 0x800) wide += 1;
  }
  return wide > broken;
}
