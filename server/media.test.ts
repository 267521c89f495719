import { describe, expect, it } from 'vitest';
import { MEDIA_FILE_PATTERN, sniffImage } from './media';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(
    values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
  );

describe('sniffImage', () => {
  it('recognises the four allowed formats by their magic bytes', () => {
    expect(sniffImage(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))?.mime).toBe('image/png');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))?.mime).toBe('image/jpeg');
    expect(sniffImage(bytes('GIF89a', 1))?.mime).toBe('image/gif');
    expect(sniffImage(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))?.mime).toBe('image/webp');
  });

  it('refuses everything else, whatever it claims to be', () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImage(bytes('<html><script>'))).toBeNull();
    expect(sniffImage(bytes(0x89, 'PN'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });

  it('only serves names the uploader generated', () => {
    expect(MEDIA_FILE_PATTERN.test(`${'a'.repeat(32)}.png`)).toBe(true);
    expect(MEDIA_FILE_PATTERN.test('../taiyaku.db')).toBe(false);
    expect(MEDIA_FILE_PATTERN.test(`${'a'.repeat(32)}.svg`)).toBe(false);
  });
});
