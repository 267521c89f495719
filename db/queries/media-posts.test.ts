import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { draftPost, para } from '@/db/test-posts';
import type { Translations } from '@/lib/model';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { users } = await import('@/db/schema');
const { savePost } = await import('./post-editor');
const { getPostBySlug, listPublishedPosts } = await import('./posts');
const { getAdminPost } = await import('./admin-posts');
const { restoreRevision, listRevisions } = await import('./revisions');

const NOW = new Date(Date.UTC(2026, 10, 20, 12));
let actorId = 0;
beforeAll(async () => {
  await seedDemo(NOW.getTime());
  actorId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

const published = (slug: string, blocks: Parameters<typeof draftPost>[1]) => ({
  ...draftPost(slug, blocks),
  status: 'published' as const,
  publishedAt: new Date(NOW.getTime() + 60_000),
  coverSrc: '/media/cover.png',
});

describe('media in stored posts', () => {
  it('keeps an image link, the cover and the break; listings take their excerpt from the break', () => {
    const id = savePost(
      published('with-break', [
        para('Above the break.', '区切りの上。'),
        { kind: 'image', src: '/media/a.png', href: 'https://example.com/', texts: { en: 'Cap' } },
        { kind: 'more', texts: {} },
        para('Below the break.', '区切りの下。'),
      ]),
      { actorId },
    );
    const post = getPostBySlug({ slug: 'with-break', publicOnly: false })!;
    expect(post.coverSrc).toBe('/media/cover.png');
    expect(post.blocks.map((b) => [b.kind, b.href ?? null])).toEqual([
      ['paragraph', null],
      ['image', 'https://example.com/'],
      ['more', null],
      ['paragraph', null],
    ]);
    // The editor reads the typed excerpt only: the break's never becomes a typed one on save.
    expect(getAdminPost({ id })!.translations.en!.excerpt).toBeNull();
    const listed = listPublishedPosts({ now: new Date(NOW.getTime() + 120_000) }).posts.find(
      (p) => p.slug === 'with-break',
    )!;
    expect(listed.coverSrc).toBe('/media/cover.png');
    // The break is no block to translate.
    expect(listed.blockCount).toBe(3);
    expect(listed.translations.en!.excerpt).toBe('Above the break.');
    expect(listed.translations.ja!.excerpt).toBe('区切りの上。');
  });

  it('a typed excerpt wins; a post without a break has none from it', () => {
    const typed = published('typed-excerpt', [para('One.'), { kind: 'more', texts: {} }]);
    const translations: Translations = {
      en: { title: 'T', excerpt: 'Typed.' },
      ja: { title: '題', excerpt: null },
    };
    savePost({ ...typed, translations }, { actorId });
    savePost(published('no-break', [para('Only text.', '本文。')]), { actorId });
    const posts = listPublishedPosts({ now: new Date(NOW.getTime() + 120_000) }).posts;
    const bySlug = (slug: string) => posts.find((p) => p.slug === slug)!.translations;
    expect(bySlug('typed-excerpt').en!.excerpt).toBe('Typed.');
    expect(bySlug('no-break').en!.excerpt).toBeNull();
  });

  it('a revision brings back the cover and image links as they were', () => {
    const id = savePost(
      published('revised', [{ kind: 'image', src: '/media/a.png', href: '/en', texts: {} }]),
      { actorId },
    );
    savePost(
      {
        ...published('revised', [{ kind: 'image', src: '/media/a.png', texts: {} }]),
        coverSrc: null,
      },
      { actorId, postId: id },
    );
    const first = listRevisions({ postId: id }).at(-1)!;
    restoreRevision({ id: first.id, postId: id }, actorId);
    const post = getAdminPost({ id })!;
    expect(post.coverSrc).toBe('/media/cover.png');
    expect(post.blocks[0]!.href).toBe('/en');
  });
});
