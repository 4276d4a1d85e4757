// Chromium drops a download's suggested name (saving it as "download") when the name is longer than the file
// system allows: 255 bytes, and a Chinese character is 3 bytes in UTF-8. Long ledger titles reach that.
const MAX_BYTES = 200;
// oxlint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** A file name from its parts (joined by _), without characters Windows refuses, short enough to be kept. */
export function fileName(parts: readonly string[], ext: string): string {
  const clean = parts.map((p) => p.replace(UNSAFE, '_').trim()).filter((p) => p !== '');
  const suffix = `.${ext}`;
  let name = clean.join('_');
  while (name.length > 1 && bytes(name + suffix) > MAX_BYTES) name = name.slice(0, -1);
  return name + suffix;
}
