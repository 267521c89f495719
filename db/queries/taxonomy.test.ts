import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { posts, users } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { savePost } = await import('./post-editor');
const { CategoryParentError, deleteCategory, listCategoriesForAdmin, saveCategory } =
  await import('./admin-categories');
const { categoryAncestors, categoryAndDescendants } = await import('./categories');
const { getPostTaxonomy, setPostTaxonomy } = await import('./taxonomy');
const tagsModule = await import('./tags');
const { deleteTag, listTagsForAdmin, mergeTags, renameTag, TagSlugTakenError } = tagsModule;
const { draftPost, para } = await import('@/db/test-posts');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo();
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

const cat = (slug: string, parentId: number | null = null) =>
  saveCategory({ slug, names: { en: slug }, parentId }, ownerId)!;
const post = (slug: string, extra: { categoryIds?: number[]; tags?: string[] }) =>
  savePost({ ...draftPost(slug, [para('Hello')]), ...extra }, { actorId: ownerId });
const primaryOf = (id: number) =>
  getDb().select({ c: posts.categoryId }).from(posts).where(eq(posts.id, id)).get()!.c;
const tagCount = (slug: string) => listTagsForAdmin().find((t) => t.slug === slug)?.postCount;

describe('categories nest without cycles', () => {
  it('refuses a parent that is the category itself or below it', () => {
    const top = cat('tx-top');
    const mid = cat('tx-mid', top);
    const leaf = cat('tx-leaf', mid);
    expect(() =>
      saveCategory({ id: top, slug: 'tx-top', names: { en: 't' }, parentId: leaf }, ownerId),
    ).toThrow(CategoryParentError);
    expect(() =>
      saveCategory({ id: mid, slug: 'tx-mid', names: { en: 'm' }, parentId: mid }, ownerId),
    ).toThrow(CategoryParentError);
    expect(() => cat('tx-orphan', 99999)).toThrow(CategoryParentError);
    expect(categoryAndDescendants(top).sort()).toEqual([top, mid, leaf].sort());
    expect(categoryAncestors(leaf).map((c) => c.id)).toEqual([top, mid]);
  });

  it('deleting a parent lifts its children and re-picks a post’s primary category', () => {
    const a = cat('tx-a');
    const b = cat('tx-b', a);
    const c = cat('tx-c');
    const id = post('tx-primary', { categoryIds: [a, c] });
    expect(primaryOf(id)).toBe(a);
    expect(deleteCategory(a, ownerId)).toBe(true);
    expect(listCategoriesForAdmin().find((x) => x.id === b)?.parentId).toBeNull();
    expect(primaryOf(id)).toBe(c);
    expect(getPostTaxonomy(id).categories.map((x) => x.id)).toEqual([c]);
  });
});

describe('post taxonomy', () => {
  it('keeps several categories in order, counts them, and reuses tags by name', () => {
    const x = cat('tx-x');
    const y = cat('tx-y');
    const first = post('tx-one', { categoryIds: [y, x], tags: ['Kyoto', 'Tea', 'kyoto'] });
    const second = post('tx-two', { categoryIds: [x], tags: ['tea'] });
    expect(primaryOf(first)).toBe(y);
    const tax = getPostTaxonomy(first);
    expect(tax.categories.map((c) => c.id)).toEqual([y, x]);
    expect(tax.tags.map((t) => t.slug)).toEqual(['kyoto', 'tea']);
    expect(getPostTaxonomy(second).tags.map((t) => t.slug)).toEqual(['tea']);
    expect(tagCount('tea')).toBe(2);
    expect(listCategoriesForAdmin().find((c) => c.id === x)?.postCount).toBe(2);
  });

  it('setPostTaxonomy finds or creates categories and tags by name for importers', () => {
    const id = post('tx-import', {});
    writeTx((tx) =>
      setPostTaxonomy(
        tx,
        id,
        { categories: ['Imported Cat', '旅行'], tags: ['抹茶', 'Tea'] },
        'ja',
      ),
    );
    const tax = getPostTaxonomy(id);
    expect(tax.categories.map((c) => c.names)).toEqual([{ ja: 'Imported Cat' }, { ja: '旅行' }]);
    expect(tax.categories[1]!.slug).toMatch(/^category(-\d+)?$/);
    expect(tax.tags.map((t) => t.slug)).toEqual([expect.stringMatching(/^tag(-\d+)?$/), 'tea']);
    expect(primaryOf(id)).toBe(tax.categories[0]!.id);
  });
});

describe('tag management', () => {
  it('merges a tag into another without duplicating a post that had both', () => {
    const both = post('tx-m1', { tags: ['m-from', 'm-into'] });
    const onlyFrom = post('tx-m2', { tags: ['m-from'] });
    const ids = Object.fromEntries(listTagsForAdmin().map((t) => [t.slug, t.id]));
    expect(mergeTags({ from: ids['m-from']!, into: ids['m-from']! }, ownerId)).toBe(false);
    expect(mergeTags({ from: ids['m-from']!, into: ids['m-into']! }, ownerId)).toBe(true);
    expect(tagCount('m-from')).toBeUndefined();
    expect(tagCount('m-into')).toBe(2);
    expect(getPostTaxonomy(both).tags.map((t) => t.slug)).toEqual(['m-into']);
    expect(getPostTaxonomy(onlyFrom).tags.map((t) => t.slug)).toEqual(['m-into']);
    expect(mergeTags({ from: ids['m-from']!, into: ids['m-into']! }, ownerId)).toBe(false);
  });

  it('renames (refusing a taken slug) and deletes, posts losing the tag', () => {
    const id = post('tx-r', { tags: ['r-one', 'r-two'] });
    const ids = Object.fromEntries(listTagsForAdmin().map((t) => [t.slug, t.id]));
    expect(() =>
      renameTag({ id: ids['r-one']!, slug: 'r-two', names: { en: 'x' } }, ownerId),
    ).toThrow(TagSlugTakenError);
    expect(
      renameTag({ id: ids['r-one']!, slug: 'r-uno', names: { en: 'Uno', ja: '一' } }, ownerId),
    ).toBe(true);
    expect(getPostTaxonomy(id).tags.map((t) => t.names)).toEqual([
      { en: 'Uno', ja: '一' },
      { en: 'r-two' },
    ]);
    expect(deleteTag(ids['r-two']!, ownerId)).toBe(true);
    expect(deleteTag(ids['r-two']!, ownerId)).toBe(false);
    expect(getPostTaxonomy(id).tags.map((t) => t.slug)).toEqual(['r-uno']);
  });
});

describe('public tag counts', () => {
  it('count only public posts', () => {
    const id = post('tx-pub', { tags: ['pub-tag'] });
    const { listPublicTags } = tagsModule;
    expect(listPublicTags().some((t) => t.slug === 'pub-tag')).toBe(false);
    getDb()
      .update(posts)
      .set({ status: 'published', publishedAt: new Date(Date.now() - 1000) })
      .where(eq(posts.id, id))
      .run();
    expect(listPublicTags().find((t) => t.slug === 'pub-tag')?.postCount).toBe(1);
  });
});

describe('revisions', () => {
  it('restoring a revision brings its categories and tags back, less deleted categories', async () => {
    const { listRevisions, restoreRevision } = await import('./revisions');
    const keep = cat('tx-rev-keep');
    const gone = cat('tx-rev-gone');
    const id = post('tx-rev', { categoryIds: [gone, keep], tags: ['rev-one'] });
    const [first] = listRevisions({ postId: id });
    savePost(
      { ...draftPost('tx-rev', [para('Hello')]), categoryIds: [], tags: [] },
      { actorId: ownerId, postId: id },
    );
    expect(getPostTaxonomy(id)).toEqual({ categories: [], tags: [] });
    deleteCategory(gone, ownerId);
    restoreRevision({ id: first!.id, postId: id }, ownerId);
    const tax = getPostTaxonomy(id);
    expect(tax.categories.map((c) => c.id)).toEqual([keep]);
    expect(tax.tags.map((t) => t.slug)).toEqual(['rev-one']);
    expect(primaryOf(id)).toBe(keep);
  });
});
