import { sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { comments, posts, users } from '@/db/schema';
import { hashPassword } from '@/lib/server/auth/password';
import { createCategory } from './queries/categories';
import { savePost } from './queries/post-editor';
import { DEFAULT_SETTINGS, saveSettings } from './queries/settings';
import { createUser } from './queries/users';
import { DEMO_CATEGORIES, DEMO_POSTS, type DemoPost } from './demo-content';

export const DEMO_ACCOUNTS = [
  {
    email: 'owner@taiyaku.test',
    password: 'taiyaku-owner-demo',
    name: 'ZUKUNASHI',
    role: 'owner' as const,
  },
  {
    email: 'moderator@taiyaku.test',
    password: 'taiyaku-moderator-demo',
    name: 'Moderator',
    role: 'moderator' as const,
  },
];
const DAY = 86_400_000;

export function isEmpty(): boolean {
  const n = (t: typeof users | typeof posts) =>
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(t)
      .get()?.n ?? 0;
  return n(users) === 0 && n(posts) === 0;
}

function demoInput(post: DemoPost, categoryIds: Map<string, number>, now: number) {
  const translation = post.original === 'en' ? 'ja' : 'en';
  return {
    slug: post.slug,
    status: post.status,
    publishedAt: post.status === 'published' ? new Date(now + post.days * DAY) : null,
    originalLanguage: post.original,
    categoryId: categoryIds.get(post.category) ?? null,
    commentsOpen: true,
    translations: Object.fromEntries(
      (['en', 'ja'] as const).map((l) => [
        l,
        { title: post.titles[l], excerpt: post.excerpts?.[l] ?? null },
      ]),
    ),
    blocks: post.blocks.map(([kind, text, translated]) => ({
      kind,
      texts: { [post.original]: text, [translation]: translated },
    })),
  };
}

function seedComments(postId: number, ownerId: number) {
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

/** Demo blog for a fresh install. Runs only on an empty database, so it is safe to call on every start. */
export async function seedDemo(now = Date.now()): Promise<boolean> {
  if (!isEmpty()) return false;
  const [owner, moderator] = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => ({ ...a, passwordHash: await hashPassword(a.password) })),
  );
  const ownerRow = createUser({
    email: owner!.email,
    name: owner!.name,
    role: 'owner',
    passwordHash: owner!.passwordHash,
  });
  createUser({
    email: moderator!.email,
    name: moderator!.name,
    role: 'moderator',
    passwordHash: moderator!.passwordHash,
  });
  saveSettings({
    ...DEFAULT_SETTINGS,
    titles: { ja: '対訳ノート', en: 'Taiyaku Notes' },
    descriptions: {
      ja: '英語の記事と日本語訳を並べて読むブログ',
      en: 'English articles and their Japanese translations, side by side',
    },
  });
  const categoryIds = new Map(DEMO_CATEGORIES.map((c) => [c.slug, createCategory(c).id]));
  const ids = DEMO_POSTS.map((p) =>
    savePost(demoInput(p, categoryIds, now), { actorId: ownerRow.id }),
  );
  seedComments(ids[0]!, ownerRow.id);
  return true;
}
