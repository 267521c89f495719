import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import sharp from 'sharp';
import { ImageResponse } from 'next/og';
import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { drawableText, faceFromCollection, loadFont, SHIPPED_FONT } = await import('./cjk-font');
const { fontCoverage } = await import('./font-coverage');

/** A collection of two fonts with one shared table each, laid out as in a real .ttc file. */
function collection(): Buffer {
  const table = Buffer.from('TABLEDATA!'); // 10 bytes, padded to 12
  const face = (tag: string) => {
    const dir = Buffer.alloc(12 + 16);
    dir.write('OTTO', 0, 'latin1');
    dir.writeUInt16BE(1, 4);
    dir.write(tag, 12, 'latin1');
    dir.writeUInt32BE(0xabcdef01, 16);
    dir.writeUInt32BE(12 + 8 + 2 * 28, 20); // offset from the start of the file
    dir.writeUInt32BE(table.length, 24);
    return dir;
  };
  const header = Buffer.alloc(12 + 8);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(2, 8);
  header.writeUInt32BE(20, 12);
  header.writeUInt32BE(48, 16);
  return Buffer.concat([header, face('CFF '), face('cmap'), table]);
}

describe('OG card fonts', () => {
  it('cuts one face out of a font collection with its tables re-addressed', () => {
    const out = faceFromCollection(collection(), 1);
    expect(out.toString('latin1', 0, 4)).toBe('OTTO');
    expect(out.readUInt16BE(4)).toBe(1);
    expect(out.toString('latin1', 12, 16)).toBe('cmap');
    expect(out.readUInt32BE(20)).toBe(28);
    expect(out.toString('latin1', 28, 38)).toBe('TABLEDATA!');
    expect(out.length).toBe(40);
  });

  it('leaves a plain font file alone', () => {
    const ttf = Buffer.from('\u0000\u0001\u0000\u0000rest', 'latin1');
    expect(faceFromCollection(ttf)).toBe(ttf);
  });

  it('keeps only what the font can draw, so nothing is fetched from the network', async () => {
    const font = await loadFont(SHIPPED_FONT);
    expect(drawableText('ロシアと米国 — talks 🎉', font)).toBe('ロシアと米国 — talks');
    expect(drawableText('ロシアと米国 — talks', null)).toBe('— talks');
    expect(drawableText('秘密会談', null)).toBe('');
    // U+20B9F (𠮟) is outside the shipped JIS X 0208 subset: left out, not drawn as a box.
    expect(drawableText('𠮟る', font)).toBe('る');
  });
});

const grey = (png: ArrayBuffer) =>
  sharp(Buffer.from(png)).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer();

/** Dark pixels per column of a PNG: where glyphs were drawn. */
async function inkColumns(png: ArrayBuffer): Promise<boolean[]> {
  const { data, info } = await sharp(Buffer.from(png))
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Array.from({ length: info.width }, (_, x) =>
    Array.from({ length: info.height }, (_, y) => data[y * info.width + x]!).some((v) => v < 128),
  );
}

const render = (text: string, fonts: Awaited<ReturnType<typeof loadFont>>) =>
  new ImageResponse(
    createElement('div', { style: { display: 'flex', fontSize: 48, background: '#fff' } }, text),
    { width: 520, height: 80, fonts: fonts?.fonts },
  ).arrayBuffer();

describe('the font shipped with the app', () => {
  it('is in the repository with its licence and covers kana, JIS kanji and Latin', async () => {
    expect(readFileSync(SHIPPED_FONT.replace(/[^/]+$/, 'OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
    const covers = fontCoverage(readFileSync(SHIPPED_FONT));
    for (const char of 'あア漢字鬱蔵A-z。「」')
      expect(covers.has(char.codePointAt(0)!), char).toBe(true);
    expect(covers.has(0x1f389)).toBe(false);
  });

  it('draws Japanese titles as glyphs, not boxes: two titles of six characters differ in shape', async () => {
    const font = await loadFont(SHIPPED_FONT);
    const [a, b] = await Promise.all([render('日本語の題名', font), render('東京で会議だ', font)]);
    const [inkA, inkB] = await Promise.all([inkColumns(a), inkColumns(b)]);
    // Six 48 px glyphs reach about 288 px across; boxes of one size would make both images equal.
    expect(inkA.lastIndexOf(true)).toBeGreaterThan(260);
    expect(inkB.lastIndexOf(true)).toBeGreaterThan(260);
    const [pixelsA, pixelsB] = await Promise.all([a, b].map(grey));
    const differing = pixelsA!.filter((v, i) => Math.abs(v - pixelsB![i]!) > 64).length;
    expect(differing).toBeGreaterThan(2000);
  });

  it('without a font the card keeps no Japanese at all (no boxes, no download)', async () => {
    expect(await loadFont('/nonexistent/font.otf')).toBeNull();
    const ink = await inkColumns(await render(drawableText('日本語の題名', null) || ' ', null));
    expect(ink.some(Boolean)).toBe(false);
  });
});
