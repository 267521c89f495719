import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mediaSrc } from '@/lib/blocks/media';
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

describe('rewriteBlock, for any block', () => {
  const src = fc.oneof(
    fc.constantFrom(A, B, SONG, 'https://old.example/kept.png', `/media/${'e'.repeat(32)}.gif`),
    fc.webUrl(),
    fc.string(),
  );
  const anyBlock = fc.record({
    kind: fc.constantFrom('image', 'gallery', 'audio', 'video', 'embed', 'paragraph', 'heading'),
    src: fc.option(
      fc.oneof(
        src,
        fc.array(src, { minLength: 1, maxLength: 4 }).map((l) => l.join('\n')),
      ),
    ),
    href: fc.option(fc.webUrl()),
    texts: fc.dictionary(fc.constantFrom('en', 'ja'), fc.option(fc.string())),
  }) as fc.Arbitrary<BlockInput>;

  it('changes nothing but the address, and only to one the kind accepts', () => {
    fc.assert(
      fc.property(anyBlock, (original) => {
        const rewritten = rewriteBlock(original, local);
        expect({ ...rewritten, src: null }).toEqual({ ...original, src: null });
        if (rewritten.src === original.src) return;
        // A valid address stays valid (the planners only make valid ones).
        if (mediaSrc(original.kind, original.src))
          expect(mediaSrc(rewritten.kind, rewritten.src)).not.toBeNull();
        // Every remote address the block had is still there or replaced by its copy.
        const left = remoteSources(rewritten).map((s) => s.url);
        for (const { url } of remoteSources(original))
          expect(left.includes(url) || rewritten.src!.includes(local.get(url)!)).toBe(true);
      }),
    );
  });
});
