import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { comments, posts, users } from '@/db/schema';

/** No users and no posts: a fresh install, which the demo seed may fill. */
export function isEmpty(): boolean {
  const n = (t: typeof users | typeof posts) =>
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(t)
      .get()?.n ?? 0;
  return n(users) === 0 && n(posts) === 0;
}

/** The demo post's thread: an approved comment with the owner's reply, one held, one spam, one in the trash. */
export function insertDemoThread(postId: number, ownerId: number) {
  writeTx((tx) => {
    const base = { postId, language: 'ja', ipHash: null, userAgent: 'seed' };
    const first = tx
      .insert(comments)
      .values({
        ...base,
        authorName: '港の読者',
        authorEmail: 'reader@example.com',
        body: '夜の図書館、うちの町にも欲しいです。',
        status: 'approved',
      })
      .returning({ id: comments.id })
      .get();
    tx.insert(comments)
      .values([
        {
          ...base,
          parentId: first.id,
          userId: ownerId,
          authorName: 'ZUKUNASHI',
          authorEmail: 'owner@taiyaku.test',
          body: 'ありがとうございます。続報があれば訳します。',
          status: 'approved',
        },
        {
          ...base,
          language: 'en',
          authorName: 'Night owl',
          authorEmail: 'owl@example.com',
          body: 'Is the translation of the last paragraph coming?',
          status: 'pending',
          reason: 'policy: hold all',
        },
        {
          ...base,
          authorName: 'cheap pills',
          authorEmail: 'spam@example.net',
          body: 'Buy now http://spam.example http://spam.example/2',
          status: 'spam',
          reason: 'links: 2',
        },
        {
          ...base,
          authorName: 'テスト',
          authorEmail: 'test@example.com',
          body: 'テスト投稿です(削除)',
          status: 'trash',
        },
      ])
      .run();
  });
}
