import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { searchPosts } = await import('./search');
const { savePost } = await import('./post-editor');
const { draftPost, para } = await import('@/db/test-posts');

const NOW = new Date(Date.UTC(2026, 10, 20, 12));
const slugs = (query: string, locale = 'ja') =>
  searchPosts({ query, locale, now: NOW }).results.map((r) => r.post.slug);

beforeAll(async () => {
  await seedDemo(NOW.getTime());
});

describe('search', () => {
  it('finds Japanese substrings of three or more characters with FTS5 trigram', () => {
    expect(slugs('図書館')).toEqual(['night-reading-room', 'kamakura-old-bookshop']); // title match first
    expect(slugs('古書店')).toEqual(['kamakura-old-bookshop']);
  });

  it('finds one- and two-character Japanese words by the fallback', () => {
    expect(slugs('梅干')).toEqual(['umeboshi-first-batch']);
    expect(slugs('鎌倉')).toEqual(['kamakura-old-bookshop']);
  });

  it('finds English words in either language of a post, case-insensitively', () => {
    expect(slugs('BOOKSHOP')).toEqual(['kamakura-old-bookshop']);
    expect(slugs('rail strikes')).toEqual(['rail-strike-talks']);
  });

  it('puts title matches first', () => {
    const hits = slugs('library');
    expect(hits[0]).toBe('night-reading-room');
    expect(hits).toContain('kamakura-old-bookshop');
  });

  it('never finds drafts or scheduled posts', () => {
    expect(slugs('書きかけ')).toEqual([]);
    expect(slugs('Stalls')).toEqual([]);
    expect(slugs('屋台')).toEqual([]);
  });

  it('returns a snippet in the language that matched, with the match marked', () => {
    const [result] = searchPosts({ query: 'petition', locale: 'ja', now: NOW }).results;
    expect(result?.snippet.language).toBe('en');
    expect(result?.snippet.source).toBe('block');
    expect(result?.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['petition']);
  });

  it('prefers a block in the reader language for the snippet', () => {
    const [result] = searchPosts({ query: 'Kamakura', locale: 'en', now: NOW }).results;
    expect(result?.snippet).toMatchObject({ language: 'en', source: 'block' });
  });

  it('FTS syntax and SQL in the query are only text: never an error', () => {
    for (const q of [
      '"',
      '""',
      'AND',
      'a OR b',
      'NEAR(a b)',
      '*',
      'text:図書館',
      '-rail',
      '(((',
      "'; drop table posts; --",
      '%',
      '_',
      '\\',
      '図書館"',
    ]) {
      expect(() => searchPosts({ query: q, locale: 'en', now: NOW }), q).not.toThrow();
    }
    expect(slugs('%')).toEqual(['umeboshi-first-batch']); // the literal "18%", not a wildcard
    expect(slugs('"図書館"')).toEqual([]);
  });

  it('paginates by post and counts them all', () => {
    const all = searchPosts({ query: 'the', locale: 'en', now: NOW });
    const second = searchPosts({ query: 'the', locale: 'en', now: NOW, page: 2, perPage: 2 });
    expect(all.total).toBeGreaterThan(2);
    expect(second.total).toBe(all.total);
    expect(second.results.map((r) => r.post.slug)).toEqual(
      all.results.slice(2, 4).map((r) => r.post.slug),
    );
  });

  it('an empty query finds nothing', () => {
    expect(searchPosts({ query: '   ', locale: 'en', now: NOW })).toEqual({
      total: 0,
      results: [],
    });
  });

  it('indexes the words of a block, not its Markdown', () => {
    const input = draftPost('markdown-words', [
      para('Some **bold** words and a [linked page](https://tracker.example/x) here.'),
    ]);
    savePost(
      { ...input, status: 'published', publishedAt: new Date(NOW.getTime() - 60_000) },
      { actorId: 1 },
    );
    expect(slugs('bold words', 'en')).toEqual(['markdown-words']);
    expect(slugs('linked page here', 'en')).toEqual(['markdown-words']);
    expect(slugs('tracker.example', 'en')).toEqual([]);
  });

  it('finds words that are only in an excerpt, in either language', () => {
    const input = draftPost('excerpt-only', [para('A plain body.', '本文だけ。')]);
    savePost(
      {
        ...input,
        status: 'published',
        publishedAt: new Date(NOW.getTime() - 60_000),
        translations: {
          en: { title: 'T', excerpt: 'Notes on a lighthouse keeper.' },
          ja: { title: '題', excerpt: '灯台守の覚え書き。' },
        },
      },
      { actorId: 1 },
    );
    expect(slugs('lighthouse', 'en')).toEqual(['excerpt-only']);
    expect(slugs('灯台守')).toEqual(['excerpt-only']);
    const [hit] = searchPosts({ query: '灯台', locale: 'ja', now: NOW }).results;
    expect(hit?.snippet).toMatchObject({ language: 'ja', source: 'excerpt' });
  });

  it('finds an English word by its stem: plurals and other forms, with the match marked', () => {
    const input = draftPost('stemmed-words', [
      para('Two ferries sailed while the stations were closing.'),
    ]);
    savePost(
      { ...input, status: 'published', publishedAt: new Date(NOW.getTime() - 60_000) },
      { actorId: 1 },
    );
    expect(slugs('ferry station closed', 'en')).toEqual(['stemmed-words']);
    const [hit] = searchPosts({ query: 'ferry', locale: 'en', now: NOW }).results;
    expect(hit?.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['ferries']);
    // The demo's "library" is found from the plural a reader types.
    expect(slugs('libraries', 'en')).toEqual(slugs('library', 'en'));
    expect(slugs('libraries', 'en')).toContain('night-reading-room');
  });
});
