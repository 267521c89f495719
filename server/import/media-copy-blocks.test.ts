import { describe, expect, it } from 'vitest';
import type { BlockInput } from '@/lib/blocks/types';
import { remoteSources, rewriteBlock } from './media-copy-blocks';

const A = 'https://old.example/a.png';
const B = 'https://old.example/b.jpg';
const SONG = 'https://old.example/song.mp3';
const local = new Map([
  [A, `/media/${'a'.repeat(32)}.png`],
  [B, `/media/${'b'.repeat(32)}.jpg`],
  [SONG, `/media/${'c'.repeat(32)}.mp3`],
]);
const block = (kind: BlockInput['kind'], src: string | null): BlockInput => ({
  kind,
  src,
  texts: { en: null },
});

describe('remoteSources', () => {
  it('finds addresses on other sites in image, gallery, audio and video blocks only', () => {
    expect(remoteSources(block('image', A))).toEqual([{ url: A, wanted: 'image' }]);
    expect(remoteSources(block('gallery', `${A}\n/media/${'d'.repeat(32)}.png\n${B}`))).toEqual([
      { url: A, wanted: 'image' },
      { url: B, wanted: 'image' },
    ]);
    expect(remoteSources(block('audio', SONG))).toEqual([{ url: SONG, wanted: 'av' }]);
    expect(remoteSources(block('embed', 'https://www.youtube.com/watch?v=x'))).toEqual([]);
    expect(remoteSources(block('paragraph', null))).toEqual([]);
    expect(remoteSources(block('image', `/media/${'d'.repeat(32)}.png`))).toEqual([]);
  });
});

describe('rewriteBlock', () => {
  it('points copied addresses at the copies, line by line in a gallery', () => {
    expect(rewriteBlock(block('image', A), local).src).toBe(local.get(A));
    const gallery = rewriteBlock(
      block('gallery', `${A}\nhttps://old.example/kept.png\n${B}`),
      local,
    );
    expect(gallery.src).toBe(`${local.get(A)}\nhttps://old.example/kept.png\n${local.get(B)}`);
    expect(rewriteBlock(block('audio', SONG), local).src).toBe(local.get(SONG));
  });

  it('never gives a block a file its kind does not accept, and keeps texts and links', () => {
    expect(rewriteBlock(block('video', A), local).src).toBe(A);
    expect(rewriteBlock(block('image', SONG), local).src).toBe(SONG);
    const linked = { ...block('image', A), href: 'https://old.example/', texts: { en: 'Alt' } };
    expect(rewriteBlock(linked, local)).toEqual({ ...linked, src: local.get(A) });
  });
});
