import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageResponse } from 'next/og';
import { warnOnce } from '@/lib/warn-once';
import { fontCoverage } from './font-coverage';

/**
 * The Japanese font of generated images ships with the app (server/fonts: a subset of Noto
 * Sans CJK JP Bold under the OFL, see its README), so a card looks the same on any machine and
 * never depends on system fonts. `OG_FONT_PATH` may point to another TTF/OTF/TTC instead.
 */
export const SHIPPED_FONT = path.join(
  process.cwd(),
  'server/fonts/noto-sans-cjk-jp-bold-subset.otf',
);
const fontFile = () => process.env.OG_FONT_PATH || SHIPPED_FONT;

/** Copies face `index` of a TrueType/OpenType collection into a standalone font file. */
export function faceFromCollection(ttc: Buffer, index = 0): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
  const start = ttc.readUInt32BE(12 + 4 * index);
  const numTables = ttc.readUInt16BE(start + 4);
  const records = Array.from({ length: numTables }, (_, i) => {
    const at = start + 12 + 16 * i;
    return {
      tag: ttc.subarray(at, at + 8),
      offset: ttc.readUInt32BE(at + 8),
      length: ttc.readUInt32BE(at + 12),
    };
  });
  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + records.reduce((sum, r) => sum + padded(r.length), 0));
  ttc.copy(out, 0, start, start + 12);
  let offset = headerSize;
  records.forEach((r, i) => {
    const at = 12 + 16 * i;
    r.tag.copy(out, at); // tag and checksum
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(r.length, at + 12);
    ttc.copy(out, offset, r.offset, r.offset + r.length);
    offset += padded(r.length);
  });
  return out;
}

type Fonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
export type CardFont = { fonts: Fonts; covers: ReadonlySet<number> };

/** The font in `file` and the characters it has, or null when it cannot be read. */
export async function loadFont(file: string): Promise<CardFont | null> {
  const data = await readFile(file).catch(() => null);
  if (!data) return null;
  const face = faceFromCollection(data); // face 0 of Noto Sans CJK is the Japanese one
  const buffer = face.buffer.slice(
    face.byteOffset,
    face.byteOffset + face.byteLength,
  ) as ArrayBuffer;
  return {
    fonts: [{ name: 'Japanese', data: buffer, weight: 700, style: 'normal' }],
    covers: fontCoverage(face),
  };
}

// One array for the whole process: satori caches the parsed font by the array's identity.
let cached: Promise<CardFont | null> | undefined;

// Without the font, only Latin text in next/og's default font. Anything the font lacks (emoji,
// rarer kanji, other scripts) is left out, because next/og would otherwise try to download a font.
const WITHOUT_FONT = /[\u0020-\u007E\u00A0-\u00FF\u2010-\u2027]/u;

/** `text` reduced to what the card's font can show; '' when nothing is left. */
export function drawableText(text: string, font: Pick<CardFont, 'covers'> | null): string {
  const drawable = (char: string) =>
    /\s/u.test(char) ||
    (font
      ? font.covers.has(char.codePointAt(0)!)
      : WITHOUT_FONT.test(char) && /[\p{Script=Latin}\p{Script=Common}]/u.test(char));
  return [...text]
    .map((char) => (drawable(char) ? char : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The card's font, read once per process; null when the file is missing (Latin text only). */
export function cardFont(): Promise<CardFont | null> {
  cached ??= loadFont(fontFile()).then((font) => {
    if (!font)
      warnOnce('og-font', `Share cards: cannot read the font ${fontFile()}; Latin text only.`);
    return font;
  });
  return cached;
}
