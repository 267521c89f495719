/**
 * The characters an OpenType font has glyphs for, from its `cmap` table (formats 4 and 12, which
 * every TTF/OTF carries), so the card leaves out what it cannot draw instead of drawing boxes.
 */
export function fontCoverage(font: Buffer): Set<number> {
  const covers = new Set<number>();
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (font.toString('latin1', at, at + 4) === 'cmap') cmap = font.readUInt32BE(at + 8);
  }
  if (cmap < 0) return covers;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(offset);
    if (format === 4) readFormat4(font, offset, covers);
    if (format === 12) readFormat12(font, offset, covers);
  }
  return covers;
}

function readFormat4(font: Buffer, at: number, covers: Set<number>) {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + 2 * s);
    const start = font.readUInt16BE(starts + 2 * s);
    const delta = font.readUInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph =
        rangeOffset === 0
          ? (c + delta) & 0xffff
          : font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
      if (glyph !== 0) covers.add(c);
    }
  }
}

function readFormat12(font: Buffer, at: number, covers: Set<number>) {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const start = font.readUInt32BE(at + 16 + 12 * g);
    const end = font.readUInt32BE(at + 20 + 12 * g);
    for (let c = start; c <= end; c++) covers.add(c);
  }
}
