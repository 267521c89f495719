import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { throwawayDatabase } from '@/db/test-db';
import { draftPost as post, para } from '@/db/test-posts';
import type { BlockInput } from '@/lib/blocks/types';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { auditLog, blockTexts, users } = await import('@/db/schema');
const { getAdminPost, listAdminPosts } = await import('./admin-posts');
const { savePost } = await import('./post-editor');
const { listRevisions, restoreRevision } = await import('./revisions');
const { confirmTranslation, stalePairs } = await import('./translation-status');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo(Date.UTC(2026, 10, 20, 12));
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

/** A post with two translated blocks; returns its id and block ids. */
function twoBlocks(slug: string) {
  const id = savePost(
    post(slug, [para('Cats sleep.', '猫は寝る。'), para('Dogs run.', '犬は走る。')]),
    {
      actorId: ownerId,
    },
  );
  const [a, b] = getAdminPost({ id })!.blocks.map((x) => x.id);
  const save = (blocks: BlockInput[]) =>
    savePost(post(slug, blocks), { actorId: ownerId, postId: id });
  return { id, a: a!, b: b!, save };
}
const staleOf = (id: number) => getAdminPost({ id })!.blocks.map((b) => b.stale);
const row = (blockId: number, language: string) =>
  getDb()
    .select()
    .from(blockTexts)
    .where(eq(blockTexts.blockId, blockId))
    .all()
    .find((r) => r.language === language)!;

describe('stale translations', () => {
  it('records the original each new translation was made from; nothing is stale', () => {
    const { id, a } = twoBlocks('stale-new');
    expect(row(a, 'ja').sourceText).toBe('Cats sleep.');
    expect(row(a, 'en').sourceText).toBeNull();
    expect(staleOf(id)).toEqual([[], []]);
    expect(stalePairs(id)).toEqual([]);
  });

  it('marks a translation stale when only its original changes, and counts it per post', () => {
    const { id, a, b, save } = twoBlocks('stale-changed');
    save([para('Cats nap all day.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(staleOf(id)).toEqual([['ja'], []]);
    expect(stalePairs(id)).toEqual([
      { blockId: a, language: 'ja', source: 'Cats sleep.', original: 'Cats nap all day.' },
    ]);
    const listed = listAdminPosts({ q: 'T' }).posts.find((p) => p.id === id)!;
    expect(listed).toMatchObject({ translated: { en: 2, ja: 2 }, stale: { ja: 1 } });
    // Saving again without touching the translation keeps it stale.
    save([para('Cats nap all day.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(stalePairs(id)).toHaveLength(1);
  });

  it('makes an edited translation fresh (made from the original as it is now)', () => {
    const { id, a, b, save } = twoBlocks('stale-edited');
    save([para('Cats nap.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    save([para('Cats nap.', '猫は昼寝する。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(row(a, 'ja').sourceText).toBe('Cats nap.');
    expect(staleOf(id)).toEqual([[], []]);
  });

  it('"still correct" makes it fresh, is audited, and a later save keeps it fresh', () => {
    const { id, a, b, save } = twoBlocks('stale-confirmed');
    save([para('Cats nap.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    const target = { postId: id, blockId: a, language: 'ja' };
    expect(confirmTranslation({ ...target, original: 'Cats sleep.' }, ownerId)).toBe(
      'originalChanged',
    );
    expect(stalePairs(id)).toHaveLength(1);
    expect(confirmTranslation({ ...target, original: 'Cats nap.' }, ownerId)).toBe('ok');
    expect(stalePairs(id)).toEqual([]);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'translation.confirm'))
      .all();
    expect(audit.at(-1)).toMatchObject({ entityId: id, details: { blockId: a, language: 'ja' } });
    save([para('Cats nap.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(stalePairs(id)).toEqual([]);
    // Another post's block or the original's own row cannot be confirmed.
    expect(
      confirmTranslation({ ...target, postId: id + 1000, original: 'Cats nap.' }, ownerId),
    ).toBe('missing');
    expect(confirmTranslation({ ...target, language: 'en', original: 'Cats nap.' }, ownerId)).toBe(
      'missing',
    );
  });

  it('keeps a credit while the translation text is unchanged and clears it when edited', () => {
    const { a, b, save } = twoBlocks('stale-credit');
    getDb().update(blockTexts).set({ creditName: 'Reader' }).where(eq(blockTexts.blockId, a)).run();
    save([para('Cats nap.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(row(a, 'ja').creditName).toBe('Reader');
    save([para('Cats nap.', '猫は昼寝。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(row(a, 'ja').creditName).toBeNull();
  });

  it('counts a translation stored without a source as made from the original before the save', () => {
    const { id, a, b, save } = twoBlocks('stale-legacy');
    getDb().update(blockTexts).set({ sourceText: null }).where(eq(blockTexts.blockId, a)).run();
    save([para('Cats nap.', '猫は寝る。', a), para('Dogs run.', '犬は走る。', b)]);
    expect(stalePairs(id)).toEqual([
      { blockId: a, language: 'ja', source: 'Cats sleep.', original: 'Cats nap.' },
    ]);
  });

  it('restores a revision whose blocks are gone as new blocks', () => {
    const { id, a, save } = twoBlocks('stale-restore');
    const first = listRevisions({ postId: id }).at(-1)!;
    save([para('Only.', null)]);
    expect(getAdminPost({ id })!.blocks.map((x) => x.id)).not.toContain(a);
    restoreRevision({ id: first.id, postId: id }, ownerId);
    const blocks = getAdminPost({ id })!.blocks;
    expect(blocks.map((x) => x.texts)).toEqual([
      { en: 'Cats sleep.', ja: '猫は寝る。' },
      { en: 'Dogs run.', ja: '犬は走る。' },
    ]);
    expect(staleOf(id)).toEqual([[], []]);
  });
});
