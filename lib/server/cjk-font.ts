import 'server-only';
import { readFile } from 'node:fs/promises';
import type { ImageResponse } from 'next/og';

/**
 * A Japanese-capable font for generated images, from the machine's own fonts (we ship none and
 * fetch none). Satori reads TTF/OTF but not font collections, so a .ttc face is cut out of it.
 */
const CANDIDATES = [
  process.env.OG_FONT_PATH,
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/fonts-japanese-gothic.ttf',
  '/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf',
  '/usr/share/fonts/truetype/ipafont-gothic/ipagp.ttf',
].filter((p): p is string => Boolean(p));

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

async function load(): Promise<Fonts | null> {
  for (const file of CANDIDATES) {
    const data = await readFile(file).catch(() => null);
    if (data) {
      const face = faceFromCollection(data); // face 0 of Noto Sans CJK is the Japanese one
      const buffer = face.buffer.slice(
        face.byteOffset,
        face.byteOffset + face.byteLength,
      ) as ArrayBuffer;
      return [{ name: 'Japanese', data: buffer, weight: 700, style: 'normal' }];
    }
  }
  return null;
}

// One array for the whole process: satori caches the parsed font by the array's identity.
let cached: Promise<Fonts | null> | undefined;

// What the card can draw: with the Japanese font, Latin, Greek, Cyrillic, kana, kanji and common
// punctuation; without it, only Latin text in next/og's default font. Anything else (emoji, other
// scripts) is left out, because next/og would otherwise try to download a font for it.
const WITH_CJK =
  /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Common}\p{Script=Inherited}]|\p{Extended_Pictographic}/gu;
const WITHOUT_CJK = /[^\p{Script=Latin}\u0020-\u007E\u00A0-\u00FF\u2010-\u2027]/gu;

/** `text` reduced to what the card's font can show; '' when nothing is left. */
export function drawableText(text: string, hasCjkFont: boolean): string {
  return text
    .replace(hasCjkFont ? WITH_CJK : WITHOUT_CJK, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fonts for ImageResponse, read once per process; null when the machine has no Japanese font. */
export function cjkFonts(): Promise<Fonts | null> {
  cached ??= load();
  return cached;
}
