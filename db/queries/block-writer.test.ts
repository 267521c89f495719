import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { draftPost as post, para } from '@/db/test-posts';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { suggestions, users } = await import('@/db/schema');
const { getAdminPost } = await import('./admin-posts');
const { savePost } = await import('./post-editor');

let ownerId = 0;
beforeAll(async () => {
  await seedDemo(Date.UTC(2026, 10, 20, 12));
  ownerId = getDb()
    .select()
    .from(users)
    .all()
    .find((u) => u.role === 'owner')!.id;
});

const stored = (id: number) => getAdminPost({ id })!.blocks;

describe('savePost keeps block identity', () => {
  it('keeps ids across reorder, insert and delete, and keeps suggestions pointing at them', () => {
    const id = savePost(post('ids-stable', [para('A'), para('B'), para('C')]), {
      actorId: ownerId,
    });
    const [a, b, c] = stored(id).map((x) => x.id);
    getDb()
      .insert(suggestions)
      .values({
        postId: id,
        blockId: c!,
        language: 'ja',
        body: 'し',
        originalText: 'C',
        authorName: 'R',
        authorEmail: 'r@example.test',
      })
      .run();
    // C moves to the top, B is removed, a new block goes between.
    savePost(post('ids-stable', [para('C', null, c), para('New'), para('A', null, a)]), {
      actorId: ownerId,
      postId: id,
    });
    const after = stored(id);
    expect(after.map((x) => x.texts.en)).toEqual(['C', 'New', 'A']);
    expect(after[0]!.id).toBe(c);
    expect(after[2]!.id).toBe(a);
    expect([a, b, c]).not.toContain(after[1]!.id);
    expect(after.map((x) => x.position)).toEqual([0, 1, 2]);
    expect(getDb().select().from(suggestions).get()!.blockId).toBe(c);
  });

  it("treats another post's ids and repeated ids as new blocks, never touching the other post", () => {
    const other = savePost(post('ids-other', [para('Theirs')]), { actorId: ownerId });
    const foreign = stored(other)[0]!.id;
    const id = savePost(post('ids-mine', [para('Mine')]), { actorId: ownerId });
    const mine = stored(id)[0]!.id;
    savePost(
      post('ids-mine', [para('X', null, foreign), para('Y', null, mine), para('Z', null, mine)]),
      {
        actorId: ownerId,
        postId: id,
      },
    );
    const after = stored(id);
    expect(after.map((x) => x.texts.en)).toEqual(['X', 'Y', 'Z']);
    expect(after[1]!.id).toBe(mine);
    expect(new Set(after.map((x) => x.id)).size).toBe(3);
    expect(after.map((x) => x.id)).not.toContain(foreign);
    expect(stored(other)).toMatchObject([{ id: foreign, texts: { en: 'Theirs' } }]);
  });
});
