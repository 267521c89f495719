import { describe, expect, it } from 'vitest';
import { drawableText, faceFromCollection } from './cjk-font';

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

  it('keeps only what the font can draw, so nothing is fetched from the network', () => {
    expect(drawableText('ロシアと米国 — talks 🎉', true)).toBe('ロシアと米国 — talks');
    expect(drawableText('ロシアと米国 — talks', false)).toBe('— talks');
    expect(drawableText('秘密会談', false)).toBe('');
  });
});
