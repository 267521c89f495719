import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';

throwawayDatabase();
const { getDb } = await import('@/db');
const { posts, users } = await import('@/db/schema');
const { createUser } = await import('@/db/queries/users');
const { importWxr } = await import('./wxr-import');
const { importMt } = await import('./mt-import');

const AUTHORS = [
  '<wp:author><wp:author_login><![CDATA[hana]]></wp:author_login><wp:author_email><![CDATA[Hana@Kyoto.example]]></wp:author_email><wp:author_display_name><![CDATA[Hana Sato]]></wp:author_display_name></wp:author>',
  '<wp:author><wp:author_login><![CDATA[ken]]></wp:author_login><wp:author_display_name><![CDATA[Ken &amp; Co]]></wp:author_display_name></wp:author>',
  '<wp:author><wp:author_login><![CDATA[mod]]></wp:author_login><wp:author_email><![CDATA[moderator@blog.example]]></wp:author_email><wp:author_display_name><![CDATA[Mo]]></wp:author_display_name></wp:author>',
].join('\n');
const by = (creator: string) => `<dc:creator><![CDATA[${creator}]]></dc:creator>`;
const FILE = wxrDocument([
  wxrItem({ id: 1, title: 'By Hana', content: '<p>One.</p>', extra: by('hana') }),
  wxrItem({ id: 2, title: 'By Ken', content: '<p>Two.</p>', extra: by('ken') }),
  wxrItem({ id: 3, title: 'By Mo', content: '<p>Three.</p>', extra: by('mod') }),
  wxrItem({ id: 4, title: 'Hana again', content: '<p>Four.</p>', extra: by('hana') }),
]).replace(
  '<wp:wxr_version>1.2</wp:wxr_version>',
  `<wp:wxr_version>1.2</wp:wxr_version>\n${AUTHORS}`,
);

let ownerId = 0;
let moderatorId = 0;
const options = (
  dryRun: boolean,
  authorChoices?: Parameters<typeof importWxr>[1]['authorChoices'],
) => ({
  dryRun,
  actorId: ownerId,
  language: 'en',
  timeZone: 'UTC',
  authorChoices,
});
const authorOf = (title: string) =>
  getDb()
    .select({ authorId: posts.authorId, byline: posts.authorDisplayName })
    .from(posts)
    .where(eq(posts.slug, title.toLowerCase().replace(/ /g, '-')))
    .get();
const userCount = () => getDb().select().from(users).all().length;

beforeAll(() => {
  ownerId = createUser({
    email: 'owner@blog.example',
    name: 'Owner',
    role: 'owner',
    passwordHash: 'x',
  }).id;
  moderatorId = createUser({
    email: 'moderator@blog.example',
    name: 'Moderator',
    role: 'moderator',
    passwordHash: 'x',
  }).id;
});

describe('export authors mapped to users', () => {
  it('the dry run lists every author with the user they would map to, and creates nobody', () => {
    const report = importWxr(FILE, options(true, { all: 'create', by: { ken: 'owner' } }));
    expect(report.authors).toEqual([
      {
        login: 'hana',
        name: 'Hana Sato',
        email: 'hana@kyoto.example',
        choice: 'create',
        user: 'new',
        posts: 2,
      },
      {
        login: 'ken',
        name: 'Ken & Co',
        email: expect.stringMatching(/^ken-[0-9a-f]{8}@import\.invalid$/),
        choice: 'owner',
        user: 'owner',
        posts: 1,
      },
      {
        login: 'mod',
        name: 'Mo',
        email: 'moderator@blog.example',
        choice: 'create',
        user: 'existing',
        posts: 1,
      },
    ]);
    expect(userCount()).toBe(2);
  });

  it('creates disabled users (an existing address is reused), keeps the byline, and adds no one again', () => {
    const choices = { all: 'create' as const, by: { ken: 'create' as const } };
    importWxr(FILE, options(false, choices));
    const hana = getDb().select().from(users).where(eq(users.email, 'hana@kyoto.example')).get()!;
    expect(hana).toMatchObject({ name: 'Hana Sato', role: 'moderator', disabled: true });
    const ken = getDb().select().from(users).where(eq(users.name, 'Ken & Co')).get()!;
    expect(ken.email).toMatch(/@import\.invalid$/);
    expect(ken.disabled).toBe(true);
    expect(authorOf('By Hana')).toEqual({ authorId: hana.id, byline: 'Hana Sato' });
    expect(authorOf('Hana again')?.authorId).toBe(hana.id);
    expect(authorOf('By Ken')?.authorId).toBe(ken.id);
    // Same address as the moderator: that user, not a new one; not disabled by the import.
    expect(authorOf('By Mo')).toEqual({ authorId: moderatorId, byline: 'Mo' });
    expect(getDb().select().from(users).where(eq(users.id, moderatorId)).get()?.disabled).toBe(
      false,
    );
    expect(userCount()).toBe(4);

    const again = importWxr(FILE, options(false, choices));
    expect(again.posts.every((p) => p.result === 'duplicate')).toBe(true);
    expect(again.authors?.map((a) => a.user)).toEqual(['existing', 'existing', 'existing']);
    expect(userCount()).toBe(4);
  });

  it('maps every author to the owner by default', () => {
    const file = FILE.replace(/<wp:post_id>(\d)</g, '<wp:post_id>9$1<').replace(
      /\?p=(\d)/g,
      '?p=9$1',
    );
    const report = importWxr(file, options(false));
    expect(report.authors?.every((a) => a.user === 'owner')).toBe(true);
    const ids = report.posts.map((p) =>
      getDb().select().from(posts).where(eq(posts.id, p.id!)).get(),
    );
    expect(ids.map((p) => [p?.authorId, p?.authorDisplayName])).toEqual([
      [ownerId, 'Hana Sato'],
      [ownerId, 'Ken & Co'],
      [ownerId, 'Mo'],
      [ownerId, 'Hana Sato'],
    ]);
    expect(userCount()).toBe(4);
  });

  it('gives an MT author with only a name one disabled user under @import.invalid, once', () => {
    const entry = (title: string, author: string) =>
      `AUTHOR: ${author}\nTITLE: ${title}\nSTATUS: Publish\nDATE: 01/15/2024 10:00:00 AM\n-----\nBODY:\n<p>${title} body.</p>\n-----\n--------\n`;
    const file = entry('Yamada one', '山田') + entry('Yamada two', '山田');
    const first = importMt(file, { ...options(false, { all: 'create' }) });
    expect(first.authors).toEqual([
      expect.objectContaining({ login: '山田', choice: 'create', user: 'new', posts: 2 }),
    ]);
    const yamada = getDb().select().from(users).where(eq(users.name, '山田')).get()!;
    expect(yamada.email).toMatch(/^author-[0-9a-f]{8}@import\.invalid$/);
    expect(yamada.disabled).toBe(true);
    const ids = first.posts.map(
      (p) => getDb().select().from(posts).where(eq(posts.id, p.id!)).get()?.authorId,
    );
    expect(ids).toEqual([yamada.id, yamada.id]);
    importMt(file, options(false, { all: 'create' }));
    expect(getDb().select().from(users).where(eq(users.name, '山田')).all()).toHaveLength(1);
  });
});
