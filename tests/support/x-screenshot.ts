// A picture of the X screen itself, native menus included (Playwright's screenshots show only the
// page). Takes the screen with `xwd` (Debian's x11-apps) and writes a PNG with nothing but zlib.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export interface ScreenRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Writes the `region` of the X screen to `file` as a PNG. Handles xwd's 24/32-bit TrueColor dumps. */
export function saveScreenRegion(file: string, region: ScreenRegion): void {
  const dump = execFileSync('xwd', ['-root', '-silent'], { maxBuffer: 256 << 20 });
  const field = (index: number) => dump.readUInt32BE(index * 4);
  const [headerSize, width, height, bitsPerPixel, bytesPerLine, colours] = [0, 4, 5, 11, 12, 19].map(field);
  const lsbFirst = field(7) === 0;
  if (bitsPerPixel !== 32) throw new Error(`xwd gave ${bitsPerPixel} bits per pixel; only 32 is handled`);
  const pixels = headerSize + colours * 12;
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const w = Math.min(width - x0, Math.ceil(region.width));
  const h = Math.min(height - y0, Math.ceil(region.height));

  // PNG rows: a filter byte (0) then RGB.
  const raw = Buffer.alloc(h * (1 + w * 3));
  for (let row = 0; row < h; row++) {
    const out = row * (1 + w * 3);
    for (let col = 0; col < w; col++) {
      const at = pixels + (y0 + row) * bytesPerLine + (x0 + col) * 4;
      const [r, g, b] = lsbFirst ? [dump[at + 2], dump[at + 1], dump[at]] : [dump[at + 1], dump[at + 2], dump[at + 3]];
      raw.set([r, g, b], out + 1 + col * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
