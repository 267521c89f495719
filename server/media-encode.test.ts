import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { reencodeImage } from './media-encode';

const PAYLOAD = Buffer.from('<html><body><script>alert(document.domain)</script></body></html>');
const pixels = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } });

async function animatedGif(): Promise<Buffer> {
  const frame = await pixels(8, 8).raw().toBuffer();
  const frames = Buffer.concat([frame, Buffer.from(frame.map((v, i) => (i % 4 === 1 ? 255 : v)))]);
  return sharp(frames, { raw: { width: 8, height: 16, channels: 4, pageHeight: 8 } })
    .gif({ delay: [100, 100], loop: 0 })
    .toBuffer();
}

describe('reencodeImage', () => {
  it('drops an HTML payload appended to a PNG, a JPEG and a GIF, keeping the format', async () => {
    for (const [format, original] of [
      ['png', await pixels(5, 4).png().toBuffer()],
      ['jpg', await pixels(5, 4).jpeg().toBuffer()],
      ['gif', await pixels(5, 4).gif().toBuffer()],
      ['webp', await pixels(5, 4).webp().toBuffer()],
    ] as const) {
      const result = await reencodeImage(Buffer.concat([original, PAYLOAD]));
      if (!result.ok) throw new Error(`${format}: ${result.error}`);
      expect(result.type.ext).toBe(format);
      expect(result.bytes.includes('<script>'), format).toBe(false);
      expect(result.bytes.includes('<html>'), format).toBe(false);
      expect(await sharp(result.bytes).metadata()).toMatchObject({ width: 5, height: 4 });
    }
  });

  it('strips metadata (EXIF, comments) and applies the EXIF rotation to the pixels', async () => {
    const tagged = await pixels(6, 3)
      .withExif({ IFD0: { ImageDescription: 'secret-gps-note' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect(tagged.includes('secret-gps-note')).toBe(true);
    const result = await reencodeImage(tagged);
    if (!result.ok) throw new Error(result.error);
    expect(result.bytes.includes('secret-gps-note')).toBe(false);
    const meta = await sharp(result.bytes).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([
      3,
      6,
      undefined,
      undefined,
    ]);
  });

  it('keeps a GIF animation', async () => {
    const result = await reencodeImage(await animatedGif());
    if (!result.ok) throw new Error(result.error);
    expect(await sharp(result.bytes, { animated: true }).metadata()).toMatchObject({
      pages: 2,
      pageHeight: 8,
      width: 8,
    });
  });

  it('refuses what does not decode as the type it claims, and huge canvases', async () => {
    const png = await pixels(5, 4).png().toBuffer();
    expect(await reencodeImage(Buffer.from('GIF89a<html><script>alert(1)</script>'))).toEqual({
      ok: false,
      error: 'undecodable',
    });
    expect(await reencodeImage(png.subarray(0, 40))).toEqual({ ok: false, error: 'undecodable' });
    expect(await reencodeImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      error: 'unsupportedType',
    });
    // A PNG header claiming the type while the data is a JPEG: the bytes must match what they claim.
    const jpeg = await pixels(5, 4).jpeg().toBuffer();
    expect(await reencodeImage(Buffer.concat([png.subarray(0, 8), jpeg]))).toEqual({
      ok: false,
      error: 'undecodable',
    });
    const bomb = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: '#fff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await reencodeImage(bomb)).toEqual({ ok: false, error: 'tooManyPixels' });
  });
});
