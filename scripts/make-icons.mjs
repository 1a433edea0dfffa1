// Draws Hifazat's icon (a teal shield with a light heart-shaped cut) as PNGs in public/icon/, with no image library.
// Run once after changing the drawing: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) in a unit square: inside the shield outline? */
function shield(u, v) {
  if (v < 0.08 || v > 0.95) return false;
  const half = v < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.4) ** 2));
  return Math.abs(u - 0.5) <= half;
}

function heart(u, v) {
  const x = (u - 0.5) / 0.2;
  const y = (0.5 - v) / 0.2 + 0.25;
  return (x * x + y * y - 1) ** 3 - x * x * y * y * y <= 0;
}

function png(size) {
  const rows = [];
  const samples = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let inShield = 0;
      let inHeart = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size;
          const v = (y + (sy + 0.5) / samples) / size;
          if (shield(u, v)) {
            inShield++;
            if (heart(u, v)) inHeart++;
          }
        }
      }
      const n = samples * samples;
      const h = inHeart / Math.max(1, inShield);
      const o = 1 + x * 4;
      row[o] = Math.round(0x1d + (0xf7 - 0x1d) * h);
      row[o + 1] = Math.round(0x6b + (0xf6 - 0x6b) * h);
      row[o + 2] = Math.round(0x5f + (0xf2 - 0x5f) * h);
      row[o + 3] = Math.round((255 * inShield) / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
}
console.log('wrote public/icon/{16,32,48,128}.png');
