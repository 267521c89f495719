import { describe, expect, it } from 'vitest';
import { postSchema, type PostFormValues } from './post';

type Block = PostFormValues['blocks'][number];
const form = (blocks: Block[], coverSrc = ''): PostFormValues => ({
  slug: 'media',
  categoryIds: [],
  tags: [],
  originalLanguage: 'en',
  translationLanguages: ['ja'],
  translations: { en: { title: 'T', excerpt: '' }, ja: { title: '題', excerpt: '' } },
  commentsOpen: true,
  coverSrc,
  status: 'draft',
  publishedAt: '',
  blocks,
});
const issues = (values: PostFormValues) => {
  const r = postSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};
const block = (kind: Block['kind'], src: string | null, texts = {}, href?: string): Block => ({
  kind,
  src,
  href,
  texts,
});

describe('postSchema and media', () => {
  it('stores each media address normalized, captions optional, the break without text', () => {
    const out = postSchema.parse(
      form(
        [
          block('image', '/media/abc.png', { ja: '猫' }, 'https://example.com/cat'),
          block('gallery', ' /media/a.png \n\n https://example.com/b.jpg '),
          block('embed', 'https://youtu.be/dQw4w9WgXcQ', { en: 'A talk' }),
          block('audio', '/media/abc.wav'),
          block('video', 'https://cdn.example/v.mp4'),
          block('more', null, { en: 'ignored' }),
        ],
        '/media/cover.png',
      ),
    );
    expect(out.blocks.map((b) => b.src)).toEqual([
      '/media/abc.png',
      '/media/a.png\nhttps://example.com/b.jpg',
      'https://youtu.be/dQw4w9WgXcQ',
      '/media/abc.wav',
      'https://cdn.example/v.mp4',
      null,
    ]);
    expect(out.blocks[0]!.href).toBe('https://example.com/cat');
    expect(out.blocks[5]!.texts).toEqual({ en: null, ja: null });
    expect(out.coverSrc).toBe('/media/cover.png');
  });

  it('refuses bad addresses with an error of their own', () => {
    expect(
      issues(
        form(
          [
            block('embed', 'javascript:alert(1)'),
            block('gallery', '/media/a.png\nnot a url'),
            block('gallery', Array(25).fill('/media/a.png').join('\n')),
            block('audio', '/media/../../taiyaku.db'),
            block('image', '/media/a.png', {}, '//evil.example/'),
            block('video', null),
          ],
          'javascript:alert(1)',
        ),
      ),
    ).toEqual([
      'coverSrc:imageSrc',
      'blocks.0.src:embedUrl',
      'blocks.1.src:gallerySrc',
      'blocks.2.src:gallerySrc',
      'blocks.3.src:mediaUrl',
      'blocks.4.href:linkUrl',
      'blocks.5.src:mediaUrl',
    ]);
  });

  it('a published text block still needs its original text; the break does not; a draft may wait', () => {
    const blocks = [block('paragraph', null), block('more', null)];
    expect(issues({ ...form(blocks), status: 'published' })).toEqual([
      'blocks.0.texts.en:required',
    ]);
    expect(issues(form(blocks))).toEqual([]);
  });
});
