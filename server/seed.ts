import { createCategory } from '@/db/queries/categories';
import { insertDemoThread, isEmpty } from '@/db/queries/demo';
import { savePost } from '@/db/queries/post-editor';
import { DEFAULT_SETTINGS, saveSettings } from '@/db/queries/settings';
import { createUser } from '@/db/queries/users';
import { hashPassword } from '@/server/auth/password';
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
  insertDemoThread(ids[0]!, ownerRow.id);
  return true;
}
