import { describe, expect, it } from 'vitest';
import { sniffAv } from './media-av';

const bytes = (head: string | number[], size = 32) => {
  const out = new Uint8Array(size);
  out.set(typeof head === 'string' ? [...head].map((c) => c.charCodeAt(0)) : head);
  return out;
};

describe('sniffAv', () => {
  it.each([
    [bytes('ID3\x04'), 'audio/mpeg'],
    [bytes([0xff, 0xfb, 0x90]), 'audio/mpeg'],
    [bytes('OggS'), 'audio/ogg'],
    [bytes('RIFF\0\0\0\0WAVE'), 'audio/wav'],
    [bytes('\0\0\0\x20ftypM4A '), 'audio/mp4'],
    [bytes('\0\0\0\x20ftypisom'), 'video/mp4'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3]), 'video/webm'],
  ])('%#: %s', (input, mime) => expect(sniffAv(input)?.mime).toBe(mime));

  it('refuses what is not audio or video, whatever its name would say', () => {
    for (const head of ['<html><script>', 'RIFF\0\0\0\0WEBP', '%PDF-1.7', 'GIF89a'])
      expect(sniffAv(bytes(head))).toBeNull();
    expect(sniffAv(bytes('ID3', 4))).toBeNull();
  });
});
