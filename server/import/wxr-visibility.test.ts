import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { getDb } = await import('@/db');
const { posts } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { getPostBySlug, listPublishedPosts } = await import('@/db/queries/posts');
const { getPostAccess } = await import('@/db/queries/post-access');
const { findRedirect, listRedirects } = await import('@/db/queries/redirects');
const { searchPosts } = await import('@/db/queries/search');
const { listSitemapPosts, listRecentComments } = await import('@/db/queries/site');
const { getCommentTarget } = await import('@/db/queries/comments');
const { verifyPassword } = await import('@/server/auth/password');
const { importWxr } = await import('./wxr-import');

const FIXTURE = readFileSync('e2e/fixtures/wxr-visibility.xml', 'utf8');
const NOW = new Date(Date.UTC(2026, 0, 1));
const post = (slug: string) => getDb().select().from(posts).where(eq(posts.slug, slug)).get()!;

beforeAll(() => {
  const { id } = createUser({
    email: 'o@example.org',
    name: 'Owner',
    role: 'owner',
    passwordHash: 'x',
  });
  const report = importWxr(FIXTURE, {
    dryRun: false,
    actorId: id,
    language: 'en',
    timeZone: 'Asia/Tokyo',
  });
  expect(report.errors).toEqual([]);
  expect(report.warnings.map((w) => w.message)).toEqual([
    'password-protected in WordPress: imported with the same password (stored hashed)',
    'private in WordPress: imported as visible to signed-in staff only',
  ]);
});

describe('an imported blog keeps who may read each post', () => {
  it('imports the password, private and draft items as such, never as public', async () => {
    expect(post('tea-house-notes')).toMatchObject({ status: 'published', visibility: 'public' });
    const secret = post('family-recipes');
    expect(secret).toMatchObject({ status: 'published', visibility: 'password' });
    expect(secret.passwordHash).not.toContain('umeboshi');
    expect(await verifyPassword(secret.passwordHash, 'umeboshi-2021')).toBe(true);
    expect(post('private-diary')).toMatchObject({ status: 'published', visibility: 'private' });
    expect(post('unfinished-draft')).toMatchObject({ status: 'draft', visibility: 'public' });
  });

  it('keeps the export author’s display name in the byline', () => {
    expect(getPostBySlug({ slug: 'tea-house-notes', now: NOW })?.authorName).toBe('Hana Sato');
  });

  it('shows neither protected nor private posts in listings, search, sitemap, comments or their API', () => {
    expect(listPublishedPosts({ now: NOW }).posts.map((p) => p.slug)).toEqual(['tea-house-notes']);
    expect(searchPosts({ query: 'glimmerquay', locale: 'en', now: NOW }).total).toBe(0);
    expect(searchPosts({ query: 'quokkaberry', locale: 'en', now: NOW }).total).toBe(0);
    expect(searchPosts({ query: 'sencha', locale: 'en', now: NOW }).total).toBe(1);
    expect(listSitemapPosts(NOW).map((p) => p.slug)).toEqual(['tea-house-notes']);
    expect(listRecentComments({ locale: 'en', now: NOW }).map((c) => c.body)).toEqual([
      'Lovely window seats.',
    ]);
    for (const slug of ['family-recipes', 'private-diary']) {
      expect(getPostBySlug({ slug, now: NOW }), slug).toBeNull();
      expect(getCommentTarget({ slug, now: NOW }), slug).toBeNull();
    }
  });

  it('tells the protected page who may read what', () => {
    expect(getPostAccess('family-recipes', NOW)).toMatchObject({
      visibility: 'password',
      titles: { en: 'Family recipes' },
    });
    expect(getPostAccess('private-diary', NOW)?.visibility).toBe('private');
    expect(getPostAccess('unfinished-draft', NOW)).toBeNull();
  });

  it('keeps every old link of every imported post, leading to its current URL', () => {
    expect(findRedirect('/2021/03/04/tea-house-notes', NOW)).toEqual({ post: 'tea-house-notes' });
    expect(findRedirect('/?p=201', NOW)).toEqual({ post: 'tea-house-notes' });
    // Old links of protected posts still lead there: the page itself checks the reader.
    expect(findRedirect('/?p=202', NOW)).toEqual({ post: 'family-recipes' });
    expect(findRedirect('/?p=203', NOW)).toEqual({ post: 'private-diary' });
    // A draft's old link leads nowhere until it is published.
    expect(findRedirect('/?p=204', NOW)).toBeNull();
    expect(
      listRedirects()
        .filter((r) => r.postSlug === 'tea-house-notes')
        .map((r) => r.fromPath),
    ).toEqual(['/2021/03/04/tea-house-notes', '/?p=201']);
  });
});
