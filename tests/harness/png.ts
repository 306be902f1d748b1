import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

// Just enough of PNG to check the store images: size, and the pixels of 8-bit RGB(A) images, which
// is what the browsers' screenshots are.

export interface Png {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  rgba: Uint8Array;
}

export function pngSize(path: string): { width: number; height: number } {
  const file = readFileSync(path);
  if (file.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path}: not a PNG`);
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

export function readPng(path: string): Png {
  const file = readFileSync(path);
  const { width, height } = pngSize(path);
  const depth = file[24];
  const colour = file[25];
  const interlace = file[28];
  if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0)
    throw new Error(`${path}: only 8-bit RGB(A), non-interlaced PNGs are read here`);
  const channels = colour === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    rgba.set([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!, 255], i * 4);
  return { width, height, rgba };
}

/** Alpha of the pixel at (x, y). */
export const alphaAt = (png: Png, x: number, y: number): number => png.rgba[(y * png.width + x) * 4 + 3]!;
