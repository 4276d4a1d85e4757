// Draws the toolbar and notification icon (a blue rounded square with a white check mark) as PNG files.
// Run `node lib/ui/icons/make-icons.mjs` after changing the drawing; wxt.config.ts copies the files into the build.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 48, 128];
const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

// Coordinates on a 0..1 canvas; coverage is anti-aliased by distance to each shape's edge.
function pixel(x, y, size) {
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const square = Math.min(Math.max((r - Math.hypot(qx, qy)) * size + 0.5, 0), 1);
  const stroke = 0.075;
  const tick = Math.min(
    distanceToSegment(x, y, [0.26, 0.52], [0.43, 0.69]),
    distanceToSegment(x, y, [0.43, 0.69], [0.75, 0.33]),
  );
  const check = Math.min(Math.max((stroke - tick) * size + 0.5, 0), 1);
  const color = BLUE.map((c, i) => Math.round(c + (WHITE[i] - c) * check));
  return [...color, Math.round(square * 255)];
}

export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(pixel((x + 0.5) / size, (y + 0.5) / size, size), (y * size + x) * 4);
  }
  return encodePng(size, rgba);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of SIZES) writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), drawIcon(size));
}
