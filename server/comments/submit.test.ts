import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
// Cache expiry needs Next's runtime; what is stored is the subject here.
vi.mock('@/server/reader-cache', () => ({ expirePost: () => {}, expirePublicPages: () => {} }));
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { comments, throttleEvents, users } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { saveSettings } = await import('@/db/queries/settings');
const { moderate, replyAsStaff } = await import('./moderate');
const { commentSchema } = await import('@/lib/validations/comment');
const { contentKey, submitComment } = await import('./submit');
const { SHARED_CLIENT_FACTOR } = await import('@/lib/comments/rate-limit');

const SLUG = 'night-reading-room';
let owner: { id: number; name: string; email: string };
let n = 0;
const send = (
  fields: { name: string; email: string; body?: string },
  signedIn: { email: string } | null = null,
  headers = new Headers(),
) => {
  const values = commentSchema.parse({ body: `Comment ${++n}`, ...fields });
  const outcome = submitComment({ slug: SLUG, values, pageLanguage: 'en', headers, signedIn });
  if (!outcome.ok) return outcome;
  const row = getDb().select().from(comments).where(eq(comments.id, outcome.id)).get()!;
  return { ...outcome, reason: row.reason };
};

beforeAll(async () => {
  await seedDemo();
  saveSettings({ commentPolicy: 'trust-approved', rateLimit: '1000/1h' });
  owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!;
});

describe('who the "trust approved authors" policy trusts', () => {
  it('never someone who only typed the owner’s address, whatever the name; the signed-in owner, yes', () => {
    expect(send({ name: owner.name, email: owner.email })).toMatchObject({
      status: 'pending',
      reason: 'policy: staff address, not signed in',
    });
    expect(send({ name: 'Anyone', email: owner.email.toUpperCase() })).toMatchObject({
      status: 'pending',
    });
    expect(
      send({ name: owner.name, email: owner.email }, { email: 'moderator@taiyaku.test' }),
    ).toMatchObject({ status: 'pending' });
    expect(send({ name: owner.name, email: owner.email }, { email: owner.email })).toMatchObject({
      status: 'approved',
      reason: 'policy: signed-in staff',
    });
  });

  it('a staff reply from the queue stays published but does not make the staff address trusted', () => {
    const parent = send({ name: 'Asker', email: 'asker@example.com' }) as { id: number };
    const reply = replyAsStaff({
      parentId: parent.id,
      body: 'Thanks!',
      author: { id: owner.id, name: owner.name, email: owner.email },
      idempotencyKey: randomUUID(),
      threadDepth: 5,
    })!;
    expect(getDb().select().from(comments).where(eq(comments.id, reply.id)).get()).toMatchObject({
      status: 'approved',
      userId: owner.id,
    });
    expect(send({ name: owner.name, email: owner.email })).toMatchObject({ status: 'pending' });
  });

  it('a reader a moderator approved, under the same name and email; not the email with another name', () => {
    const first = send({ name: 'Hanako', email: 'hanako@example.com' }) as {
      id: number;
      status: string;
    };
    expect(first.status).toBe('pending');
    moderate({ ids: [first.id], action: 'approve', actorId: owner.id });
    expect(send({ name: 'Hanako', email: 'hanako@example.com' })).toMatchObject({
      status: 'approved',
      reason: 'policy: previously approved author',
    });
    expect(send({ name: 'Not Hanako', email: 'hanako@example.com' })).toMatchObject({
      status: 'pending',
      reason: 'policy: first comment',
    });
  });

  it('approvals by the policy itself do not count (the seed’s reader was never approved by hand)', () => {
    expect(send({ name: '港の読者', email: 'reader@example.com' })).toMatchObject({
      status: 'pending',
    });
  });
});

describe('one comment path for both entry points', () => {
  it('a key reused for other content answers keyReused, the same key and content the first id', () => {
    const key = randomUUID();
    const values = { name: 'Keyed', email: 'keyed@example.com', body: 'Once', idempotencyKey: key };
    const first = submitComment({
      slug: SLUG,
      values: commentSchema.parse(values),
      pageLanguage: 'en',
      headers: new Headers(),
      signedIn: null,
    });
    const again = submitComment({
      slug: SLUG,
      values: commentSchema.parse(values),
      pageLanguage: 'ja',
      headers: new Headers(),
      signedIn: null,
    });
    const other = submitComment({
      slug: SLUG,
      values: commentSchema.parse({ ...values, body: 'Twice' }),
      pageLanguage: 'en',
      headers: new Headers(),
      signedIn: null,
    });
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toMatchObject({ ok: true, replayed: true, id: (first as { id: number }).id });
    expect(other).toEqual({ ok: false, error: 'keyReused' });
  });

  it('without a trusted proxy, one reader cannot silence the others: a site-wide ceiling instead, and never for signed-in staff', () => {
    saveSettings({ rateLimit: '1/10m' });
    getDb().delete(throttleEvents).run(); // the comments above count too: all one client
    const ceiling = SHARED_CLIENT_FACTOR;
    // A new X-Forwarded-For per comment does not dodge it either: nothing forwarded counts here.
    const answers = Array.from({ length: ceiling + 2 }, (_, i) =>
      send(
        { name: 'Rotating', email: 'rotating@example.com' },
        null,
        new Headers({ 'x-forwarded-for': `10.0.0.${i + 1}` }),
      ),
    );
    expect(answers.map((a) => (a.ok ? 'stored' : a.error))).toEqual([
      ...Array(ceiling).fill('stored'),
      'rateLimited',
      'rateLimited',
    ]);
    expect(send({ name: owner.name, email: owner.email }, { email: owner.email })).toMatchObject({
      ok: true,
      status: 'approved',
    });
    expect(
      send({ name: 'Staff', email: 'someone@example.com' }, { email: 'moderator@taiyaku.test' }),
    ).toMatchObject({ ok: true });
    saveSettings({ rateLimit: '1000/1h' });
    getDb().delete(throttleEvents).run();
  });
});

describe('a form sent without a key (no JavaScript)', () => {
  const values = (body: string, parentId?: number) =>
    commentSchema.parse({ name: 'No Script', email: 'noscript@example.com', body, parentId });
  const submit = (body: string) =>
    submitComment({
      slug: SLUG,
      values: values(body),
      pageLanguage: 'en',
      headers: new Headers(),
      signedIn: null,
    });

  it('an identical re-post resolves to the first comment; other text is a comment of its own', () => {
    const first = submit('Posted twice by a double click');
    const again = submit('Posted twice by a double click');
    const other = submit('Something else');
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toMatchObject({ ok: true, replayed: true, id: (first as { id: number }).id });
    expect(other).toMatchObject({ ok: true, replayed: false });
    expect((other as { id: number }).id).not.toBe((first as { id: number }).id);
    const stored = getDb()
      .select()
      .from(comments)
      .where(eq(comments.authorEmail, 'noscript@example.com'))
      .all();
    expect(stored.map((c) => c.body)).toEqual(['Posted twice by a double click', 'Something else']);
  });

  it('the derived key is in the key’s format and depends on post, reply target and every field', () => {
    const base = contentKey(1, values('Same'));
    expect(commentSchema.shape.idempotencyKey.safeParse(base).success).toBe(true);
    expect(contentKey(1, values('Same'))).toBe(base);
    const others = [
      contentKey(2, values('Same')),
      contentKey(1, values('Same', 7)),
      contentKey(1, values('Other')),
      contentKey(1, { ...values('Same'), name: 'Else' }),
      contentKey(1, { ...values('Same'), email: 'else@example.com' }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});

describe('the language a comment is stored with', () => {
  const stored = (body: string, pageLanguage: string) => {
    const outcome = submitComment({
      slug: SLUG,
      values: commentSchema.parse({ name: 'Lang', email: 'lang@example.com', body }),
      pageLanguage,
      headers: new Headers(),
      signedIn: null,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    return getDb().select().from(comments).where(eq(comments.id, outcome.id)).get()!.language;
  };

  it('follows the text, not the page: Japanese from /en is ja, English from /ja is en', () => {
    expect(stored('英語のページから日本語で書きました。', 'en')).toBe('ja');
    expect(stored('Written in English on the Japanese page.', 'ja')).toBe('en');
  });

  it('takes the page language for text that tells nothing, and the blog default for a foreign locale', () => {
    expect(stored('👍', 'en')).toBe('en');
    expect(stored('👍👍', 'ja')).toBe('ja');
    expect(stored('OK!', 'fr')).toBe('ja');
  });
});
