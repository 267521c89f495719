import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
vi.mock('@/server/reader-cache', () => ({ expirePublicPages: () => {} }));
// The owner's notice, as it is queued, unless a test makes queueing fail after its row is in.
const fault = vi.hoisted(() => ({ notice: false }));
vi.mock('@/server/mail/enqueue', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/server/mail/enqueue')>();
  return {
    ...actual,
    enqueueOwnerNotice: (...args: Parameters<typeof actual.enqueueOwnerNotice>) => {
      const queued = actual.enqueueOwnerNotice(...args);
      if (fault.notice) throw new Error('notice queue failed');
      return queued;
    },
  };
});
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { blocks, mailOutbox, suggestions, throttleEvents, users } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { savePost } = await import('@/db/queries/post-editor');
const { saveSettings } = await import('@/db/queries/settings');
const { suggestionSchema } = await import('@/lib/validations/suggestion');
const { submitSuggestion, suggestionKey } = await import('./submit');
const fc = (await import('fast-check')).default;

let blockIds: number[] = [];
let draftBlock = 0;
let n = 0;

function makePost(slug: string, status: 'draft' | 'published') {
  const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!;
  const id = savePost(
    {
      slug,
      status,
      publishedAt: status === 'published' ? new Date(Date.now() - 60_000) : null,
      originalLanguage: 'en',
      categoryId: null,
      commentsOpen: true,
      translations: { en: { title: 'Night', excerpt: null }, ja: { title: '夜', excerpt: null } },
      blocks: [
        { kind: 'paragraph', texts: { en: 'The library opens at night.', ja: null } },
        { kind: 'paragraph', texts: { en: 'Readers come.', ja: '読者が来る。' } },
      ],
    },
    { actorId: owner.id },
  );
  return getDb()
    .select()
    .from(blocks)
    .where(eq(blocks.postId, id))
    .all()
    .map((b) => b.id);
}

const send = (input: Record<string, unknown> = {}, slug = 'suggest-unit') =>
  submitSuggestion({
    slug,
    values: suggestionSchema.parse({
      blockId: blockIds[0],
      language: 'ja',
      text: `夜に図書館が開く。${++n}`,
      name: 'Hanako',
      email: 'hanako@example.com',
      ...input,
    }),
    headers: new Headers({ 'user-agent': 'unit' }),
    signedIn: false,
  });
const count = (table: typeof suggestions | typeof mailOutbox | typeof throttleEvents) =>
  getDb().select().from(table).all().length;
const stored = (id: number) =>
  getDb().select().from(suggestions).where(eq(suggestions.id, id)).get()!;

beforeAll(async () => {
  await seedDemo();
  saveSettings({ commentPolicy: 'approve-all', rateLimit: '1000/1h', blockWords: 'viagra' });
  blockIds = makePost('suggest-unit', 'published');
  draftBlock = makePost('suggest-draft', 'draft')[0]!;
});

describe('submitting a suggestion', () => {
  it('stores it pending with the original it translates, even when comments are auto-approved', () => {
    const outcome = send({ text: '夜の図書館。' });
    expect(outcome).toMatchObject({ ok: true, status: 'pending', replayed: false });
    const row = stored((outcome as { id: number }).id);
    expect(row).toMatchObject({
      status: 'pending',
      body: '夜の図書館。',
      originalText: 'The library opens at night.',
      authorEmail: 'hanako@example.com',
      userAgent: 'unit',
    });
  });

  it('sends the honeypot and block words to spam, told to the reader as pending', () => {
    const bot = send({ website: 'x' });
    expect(bot).toMatchObject({ ok: true, status: 'pending' });
    expect(stored((bot as { id: number }).id).status).toBe('spam');
    const blocked = send({ text: 'viagra 安い' });
    expect(stored((blocked as { id: number }).id)).toMatchObject({ status: 'spam' });
  });

  it('replays the same content without a key, and the same key with the same content', () => {
    const first = send({ text: '同じ文' });
    const again = send({ text: '同じ文' });
    expect(again).toEqual({ ...first, replayed: true });
    const key = 'k'.repeat(24);
    const keyed = send({ text: 'キー付き', idempotencyKey: key });
    expect(send({ text: 'キー付き', idempotencyKey: key })).toEqual({ ...keyed, replayed: true });
    expect(send({ text: '別の文', idempotencyKey: key })).toEqual({
      ok: false,
      error: 'keyReused',
    });
  });

  it('refuses the original language, a language the post lacks, and a block of another post', () => {
    const language = {
      ok: false,
      error: 'invalid',
      fieldErrors: { language: ['languageInvalid'] },
    };
    expect(send({ language: 'en' })).toEqual(language);
    expect(send({ language: 'fr' })).toEqual(language);
    expect(send({ blockId: draftBlock })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { blockId: ['blockInvalid'] },
    });
  });

  it('treats drafts and unknown posts as missing', () => {
    expect(send({ blockId: draftBlock }, 'suggest-draft')).toEqual({
      ok: false,
      error: 'postNotFound',
    });
    expect(send({}, 'no-such-post')).toEqual({ ok: false, error: 'postNotFound' });
  });

  it('counts against the comment rate limit, in a bucket of its own', () => {
    saveSettings({ rateLimit: '2/1h' });
    const before = { rows: count(suggestions), slots: count(throttleEvents) };
    // Without a trusted proxy everyone is one client: the site-wide ceiling is ten times the limit.
    const outcomes = Array.from({ length: 25 }, () => send());
    saveSettings({ rateLimit: '1000/1h' });
    const limited = outcomes.filter((o) => !o.ok);
    expect(limited.length).toBeGreaterThan(0);
    // A throttled suggestion stores nothing and takes no slot.
    expect(count(suggestions) - before.rows).toBe(25 - limited.length);
    expect(count(throttleEvents) - before.slots).toBe(25 - limited.length);
    expect(limited[0]).toMatchObject({ ok: false, error: 'rateLimited' });
    expect((limited[0] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    const buckets = getDb().selectDistinct({ b: throttleEvents.bucket }).from(throttleEvents).all();
    expect(buckets.map((r) => r.b)).toEqual(['suggestion:site']);
  });
});

describe('one transaction per suggestion', () => {
  it('a failure while queueing the owner’s notice rolls back the suggestion and the notice', () => {
    saveSettings({ notifyOwner: true });
    const before = { rows: count(suggestions), mails: count(mailOutbox) };
    const key = 'notice-fails-key-000001';
    fault.notice = true;
    try {
      expect(() => send({ text: '通知が失敗する', idempotencyKey: key })).toThrow(
        'notice queue failed',
      );
    } finally {
      fault.notice = false;
    }
    expect({ rows: count(suggestions), mails: count(mailOutbox) }).toEqual(before);
    // The key is not burnt: the retry stores it, with the notice.
    expect(send({ text: '通知が失敗する', idempotencyKey: key })).toMatchObject({
      ok: true,
      replayed: false,
    });
    expect({ rows: count(suggestions), mails: count(mailOutbox) }).toEqual({
      rows: before.rows + 1,
      mails: before.mails + 1,
    });
    saveSettings({ notifyOwner: false });
  });
});

describe('the key of a suggestion sent without JavaScript', () => {
  const values = {
    blockId: 7,
    language: 'ja',
    text: '夜の図書館。',
    name: 'Hanako',
    email: 'h@example.com',
  };

  it('is the same for the same content and differs when any part differs', () => {
    const key = suggestionKey(1, values);
    expect(suggestionKey(1, { ...values })).toBe(key);
    const others = [
      suggestionKey(2, values),
      suggestionKey(1, { ...values, blockId: 8 }),
      suggestionKey(1, { ...values, language: 'fr' }),
      suggestionKey(1, { ...values, text: '夜の図書館' }),
      suggestionKey(1, { ...values, name: 'Hanako ' }),
      suggestionKey(1, { ...values, email: 'h2@example.com' }),
    ];
    expect(new Set([key, ...others]).size).toBe(7);
  });

  it('never collides across posts, blocks or texts (property)', () => {
    const content = fc.record({
      postId: fc.integer({ min: 1, max: 5 }),
      blockId: fc.integer({ min: 1, max: 5 }),
      language: fc.constantFrom('ja', 'en'),
      text: fc.string({ maxLength: 6 }),
      name: fc.constantFrom('A', 'B', 'A"', '"B'),
      email: fc.constantFrom('a@x.example', 'b@x.example'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(content, { selector: (c) => JSON.stringify(c), maxLength: 30 }),
        (list) => {
          const keys = list.map(({ postId, ...v }) => suggestionKey(postId, v));
          expect(new Set(keys).size).toBe(list.length);
        },
      ),
    );
  });

  it('saves a quick series: different blocks, the same text on two blocks, two posts', () => {
    const other = makePost('suggest-unit-second', 'published');
    const text = `同じ訳 ${++n}`;
    const series = [
      send({ text, blockId: blockIds[0] }),
      send({ text, blockId: blockIds[1] }),
      send({ text: `${text}（別）`, blockId: blockIds[0] }),
      send({ text, blockId: other[0] }, 'suggest-unit-second'),
      send({ text, blockId: other[1] }, 'suggest-unit-second'),
    ];
    expect(series.map((o) => o.ok && !o.replayed)).toEqual([true, true, true, true, true]);
    const ids = series.map((o) => (o as { id: number }).id);
    expect(new Set(ids).size).toBe(5);
    expect(ids.map((id) => stored(id).body)).toEqual([text, text, `${text}（別）`, text, text]);
  });
});
