import { describe, expect, it } from 'vitest';
import { localTimeToUtc, postSchema, slugify, utcToLocalTime, type PostFormValues } from './post';

const valid: PostFormValues = {
  slug: 'night-reading-room',
  categoryIds: ['2', '5', '2'],
  tags: [' Kyoto ', 'tea', ''],
  originalLanguage: 'en',
  translationLanguages: ['ja'],
  translations: {
    en: { title: 'A title', excerpt: '' },
    ja: { title: '題', excerpt: '抜粋' },
    fr: { title: '', excerpt: '' },
  },
  commentsOpen: true,
  status: 'published',
  publishedAt: '2026-03-01T09:30',
  blocks: [
    { kind: 'heading', src: null, texts: { en: 'Heading', ja: '見出し' } },
    { kind: 'paragraph', src: null, texts: { en: 'Body text.  \n', ja: '   ' } },
  ],
};

const issues = (values: unknown) => {
  const r = postSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('postSchema', () => {
  it('refuses a comma inside a tag, an over-long tag and a non-numeric category', () => {
    expect(issues({ ...valid, tags: ['a,b'] })).toEqual(['tags.0:invalid']);
    expect(issues({ ...valid, tags: ['x'.repeat(81)] })).toEqual(['tags.0:tooLong']);
    expect(issues({ ...valid, categoryIds: ['x'] })).toEqual(['categoryIds.0:invalid']);
  });

  it('keeps only the post languages and turns empty cells into null', () => {
    const out = postSchema.parse(valid);
    expect(out.categoryIds).toEqual([2, 5]);
    expect(out.tags).toEqual(['Kyoto', 'tea']);
    expect(out.translations).toEqual({
      en: { title: 'A title', excerpt: null },
      ja: { title: '題', excerpt: '抜粋' },
    });
    expect(out.blocks[1]!.texts).toEqual({ en: 'Body text.', ja: null });
    expect(out.publishedAt).toBe('2026-03-01T09:30');
  });

  it('requires a title per language and an original text per block', () => {
    const bad = {
      ...valid,
      translations: { en: { title: ' ', excerpt: '' } },
      blocks: [{ kind: 'paragraph', src: null, texts: { en: '', ja: 'x' } }],
    };
    expect(issues(bad)).toEqual(
      expect.arrayContaining([
        'translations.en.title:required',
        'translations.ja.title:required',
        'blocks.0.texts.en:required',
      ]),
    );
  });

  it('enforces the database limits in code points', () => {
    const emoji = '😀'.repeat(200);
    expect(
      issues({
        ...valid,
        translations: { ...valid.translations, en: { title: emoji, excerpt: '' } },
      }),
    ).toEqual([]);
    expect(
      issues({
        ...valid,
        translations: { ...valid.translations, en: { title: emoji + 'x', excerpt: '' } },
      }),
    ).toEqual(['translations.en.title:tooLong']);
    const long = { kind: 'paragraph', src: null, texts: { en: 'a'.repeat(20001) } };
    expect(issues({ ...valid, blocks: [long] })).toEqual(['blocks.0.texts.en:tooLong']);
  });

  it('checks slug format, date format, image sources and block count', () => {
    expect(issues({ ...valid, slug: 'Bad Slug' })).toEqual(['slug:slugFormat']);
    expect(issues({ ...valid, slug: 'a'.repeat(121) })).toEqual(['slug:tooLong']);
    expect(issues({ ...valid, publishedAt: 'tomorrow' })).toEqual(['publishedAt:dateFormat']);
    expect(issues({ ...valid, blocks: [] })).toEqual(['blocks:noBlocks']);
    const image = (src: string) => ({
      ...valid,
      blocks: [{ kind: 'image', src, texts: { en: 'alt' } }],
    });
    expect(issues(image('javascript:alert(1)'))).toEqual(['blocks.0.src:imageSrc']);
    expect(issues(image('/media/abc123.png'))).toEqual([]);
    // A regex once let these through, and the feeds then failed on them.
    expect(issues(image('https://example.com:99999/x.png'))).toEqual(['blocks.0.src:imageSrc']);
    expect(issues(image('https://exa mple.com/x.png'))).toEqual(['blocks.0.src:imageSrc']);
    expect(postSchema.parse(image(' HTTPS://Example.com:443/画.png ')).blocks[0]!.src).toBe(
      'https://example.com/%E7%94%BB.png',
    );
  });
});

describe('slugify and blog-time conversion', () => {
  it('derives ASCII slugs', () => {
    expect(slugify('Russia and US holding secret talks in Ankara – Kommersant')).toBe(
      'russia-and-us-holding-secret-talks-in-ankara-kommersant',
    );
    expect(slugify('Türkiye’s café')).toBe('turkiye-s-cafe');
    expect(slugify('日本語だけ')).toBe('');
  });

  it('reads datetime-local values in the blog time zone and back', () => {
    expect(localTimeToUtc('2026-03-01T09:30', 'Asia/Tokyo').toISOString()).toBe(
      '2026-03-01T00:30:00.000Z',
    );
    expect(localTimeToUtc('2026-07-01T12:00:05', 'Europe/London').toISOString()).toBe(
      '2026-07-01T11:00:05.000Z',
    );
    expect(utcToLocalTime(new Date('2026-03-01T00:30:00Z'), 'Asia/Tokyo')).toBe(
      '2026-03-01T09:30:00',
    );
  });
});
