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

  it('publishing requires the original title, a slug and an original text per block; a translation title never', () => {
    const bad = {
      ...valid,
      slug: '',
      translations: { en: { title: ' ', excerpt: '' } },
      blocks: [{ kind: 'paragraph', src: null, texts: { en: '', ja: 'x' } }],
    };
    expect(issues(bad).sort()).toEqual([
      'blocks.0.texts.en:required',
      'slug:required',
      'translations.en.title:required',
    ]);
    const noJaTitle = {
      ...valid,
      translations: { ...valid.translations, ja: { title: '', excerpt: '' } },
    };
    expect(issues(noJaTitle)).toEqual([]);
    // The language stays the post's (its blocks carry it); only its title row is left out.
    const out = postSchema.parse(noJaTitle);
    expect(out.translations).toEqual({ en: { title: 'A title', excerpt: null } });
    expect(out.translationLanguages).toEqual(['ja']);
    expect(out.blocks[0]!.texts.ja).toBe('見出し');
  });

  it('a Japanese draft saves with no English title, and with nothing but one character anywhere', () => {
    const draft = (over: Partial<PostFormValues>): PostFormValues => ({
      ...valid,
      slug: '',
      status: 'draft',
      originalLanguage: 'ja',
      translationLanguages: ['en'],
      translations: { ja: { title: '', excerpt: '' }, en: { title: '', excerpt: '' } },
      blocks: [{ kind: 'paragraph', src: null, texts: { ja: '', en: '' } }],
      ...over,
    });
    // The walk's case: a Japanese title, no English one.
    expect(
      issues(
        draft({
          translations: { ja: { title: '東京の冬', excerpt: '' }, en: { title: '', excerpt: '' } },
        }),
      ),
    ).toEqual([]);
    // One character of body text, in the translation only.
    expect(
      issues(draft({ blocks: [{ kind: 'paragraph', src: null, texts: { ja: '', en: 'x' } }] })),
    ).toEqual([]);
    // Nothing at all.
    expect(issues(draft({}))).toEqual(['translations.ja.title:emptyDraft']);
    expect(
      issues(draft({ blocks: [{ kind: 'paragraph', src: null, texts: { ja: ' \n ', en: '' } }] })),
    ).toEqual(['translations.ja.title:emptyDraft']);
    // An excerpt is kept with its title, so it needs one.
    expect(
      issues(
        draft({
          translations: {
            ja: { title: '題', excerpt: '' },
            en: { title: '', excerpt: 'An excerpt' },
          },
        }),
      ),
    ).toEqual(['translations.en.title:titleForExcerpt']);
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
