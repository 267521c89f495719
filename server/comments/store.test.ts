import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import type { Tx } from '@/db';
import type { CommentWrite } from './store';

const file = throwawayDatabase();
// The comment's mail, as it is queued, unless a test makes queueing fail after its rows are in.
const fault = vi.hoisted(() => ({ mail: false, queuedBeforeFailing: 0 }));
vi.mock('@/server/mail/comment-mail', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/server/mail/comment-mail')>();
  const { mailOutbox } = await import('@/db/schema');
  return {
    queueCommentMail: (...args: Parameters<typeof actual.queueCommentMail>) => {
      actual.queueCommentMail(...args);
      if (!fault.mail) return;
      fault.queuedBeforeFailing = (args[0] as Tx).select().from(mailOutbox).all().length;
      throw new Error('mail queue failed');
    },
  };
});
const { seedDemo } = await import('@/server/seed');
const { getDb } = await import('@/db');
const { comments, mailOutbox, throttleEvents } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { getCommentTarget } = await import('@/db/queries/comments');
const { saveSettings } = await import('@/db/queries/settings');
const { commentSchema } = await import('@/lib/validations/comment');
const { storeComment } = await import('./store');

let postId = 0;
const HOLD = { commentPolicy: 'hold-all', linkLimit: 0, holdWords: '', blockWords: '' } as const;
const write = (key: string, over: Partial<CommentWrite> = {}, fields = {}): CommentWrite => {
  const values = commentSchema.parse({
    name: 'Tester',
    email: 'tester@example.com',
    body: 'A comment.',
    idempotencyKey: key,
    ...fields,
  });
  return {
    row: {
      postId,
      parentId: null,
      authorName: values.name,
      authorEmail: values.email,
      body: values.body,
      language: 'en',
      ipHash: 'ip-a',
      userAgent: null,
      idempotencyKey: key,
      notifyReplies: values.notifyReplies,
    },
    values,
    settings: HOLD,
    signedInStaff: false,
    throttle: null,
    ...over,
  };
};
const rowsWithKey = (key: string) =>
  getDb().select().from(comments).where(eq(comments.idempotencyKey, key)).all();
const count = (table: typeof mailOutbox | typeof throttleEvents) =>
  getDb().select().from(table).all().length;

beforeAll(async () => {
  await seedDemo();
  // Every held comment queues the owner's notice: each write below has mail to roll back.
  saveSettings({ notifyOwner: true });
  postId = getCommentTarget({ slug: 'night-reading-room' })!.id;
});

describe('storing a comment in one transaction', () => {
  it('a repeated key returns the first comment, whatever the policy says now, never a second row', () => {
    const key = 'key-repeat-0000000001';
    const first = storeComment(write(key));
    const approveAll = { ...HOLD, commentPolicy: 'approve-all' as const };
    const again = storeComment({
      ...write(key, { settings: approveAll }),
      row: { ...write(key).row, ipHash: 'ip-b' },
    });
    expect(first).toMatchObject({ ok: true, status: 'pending', created: true, ipHash: 'ip-a' });
    expect(again).toEqual({
      ok: true,
      id: (first as { id: number }).id,
      status: 'pending',
      created: false,
      ipHash: 'ip-a',
    });
    expect(rowsWithKey(key)).toHaveLength(1);
  });

  it('a key reused for other content is refused, and nothing is stored or queued for it', () => {
    const key = 'key-reused-000000001';
    const first = storeComment(write(key)) as { id: number };
    const mails = count(mailOutbox);
    expect(storeComment(write(key, {}, { body: 'Different text' }))).toEqual({
      ok: false,
      error: 'keyReused',
    });
    expect(rowsWithKey(key).map((c) => c.id)).toEqual([first.id]);
    expect(count(mailOutbox)).toBe(mails);
  });

  it('a throttled comment inserts nothing and queues nothing; a replay of a stored key still answers', () => {
    const throttle = { bucket: 'comment:store-test', limit: 2, windowMs: 60_000 };
    const a = storeComment(write('key-rate-00000000001', { throttle })) as { id: number };
    storeComment(write('key-rate-00000000002', { throttle }));
    const mails = count(mailOutbox);
    const slots = count(throttleEvents);
    const third = storeComment(write('key-rate-00000000003', { throttle }));
    expect(third).toMatchObject({ ok: false, error: 'rateLimited' });
    expect((third as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(rowsWithKey('key-rate-00000000003')).toEqual([]);
    expect([count(mailOutbox), count(throttleEvents)]).toEqual([mails, slots]);
    // The replay is answered before the throttle: it takes no slot.
    expect(storeComment(write('key-rate-00000000001', { throttle }))).toMatchObject({
      ok: true,
      id: a.id,
      created: false,
    });
    expect(count(throttleEvents)).toBe(slots);
  });

  it('a failure while queueing its mail rolls back the comment, the mail and the throttle slot', () => {
    const key = 'key-mail-fails-000001';
    const throttle = { bucket: 'comment:mail-fault', limit: 5, windowMs: 60_000 };
    const before = { mails: count(mailOutbox), slots: count(throttleEvents) };
    fault.mail = true;
    try {
      expect(() => storeComment(write(key, { throttle }, { notifyReplies: true }))).toThrow(
        'mail queue failed',
      );
    } finally {
      fault.mail = false;
    }
    // The owner's notice and the confirmation were queued in the transaction before it failed.
    expect(fault.queuedBeforeFailing).toBe(before.mails + 2);
    expect(rowsWithKey(key)).toEqual([]);
    expect({ mails: count(mailOutbox), slots: count(throttleEvents) }).toEqual(before);
    // The key is not burnt: the retry stores the comment with its mail.
    expect(storeComment(write(key, { throttle }, { notifyReplies: true }))).toMatchObject({
      ok: true,
      created: true,
    });
    expect(count(mailOutbox)).toBe(before.mails + 2);
  });
});

/**
 * A tsconfig for the racers: outside Next, `server-only` resolves to its empty module here, as in
 * vitest.config.ts. Not the react-server condition the CLIs use: under it, next-intl (which the
 * comment's mail needs) loads React's server build, which lacks what its client provider needs.
 */
function racerConfig(): string {
  const root = path.resolve('.');
  const config = path.join(path.dirname(file), 'tsconfig.json');
  const paths = {
    '@/*': [`${root}/*`],
    'server-only': [`${root}/node_modules/server-only/empty.js`],
  };
  writeFileSync(
    config,
    JSON.stringify({ extends: `${root}/tsconfig.json`, compilerOptions: { paths } }),
  );
  return config;
}

/** Runs storeComment in a separate process (its own connection) once the parent says go. */
function racer(key: string): { ready: Promise<void>; go: () => void; result: Promise<unknown> } {
  const code = `
    import { storeComment } from '@/server/comments/store';
    process.stdout.write('ready\\n');
    process.stdin.once('data', () => {
      const r = storeComment(${JSON.stringify(write(key, {}, { body: 'raced' }))});
      process.stdout.write(JSON.stringify(r) + '\\n');
      process.exit(0);
    });`;
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['-e', code], {
    env: { ...process.env, DATABASE_PATH: file, TSX_TSCONFIG_PATH: racerConfig() },
  });
  let out = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) markReady();
  });
  const result = new Promise((resolve, reject) =>
    child.on('exit', (status) =>
      status === 0 ? resolve(JSON.parse(out.split('\n')[1]!)) : reject(new Error(out + errors)),
    ),
  );
  return { ready, go: () => child.stdin.write('go\n'), result };
}

describe('concurrent submits across processes', () => {
  it('one idempotency key from four processes at once stores one row, answers one id and queues its mail once', async () => {
    const key = 'key-race-000000000001';
    const mails = count(mailOutbox);
    const racers = Array.from({ length: 4 }, () => racer(key));
    await Promise.all(racers.map((r) => r.ready));
    racers.forEach((r) => r.go());
    const results = (await Promise.all(racers.map((r) => r.result))) as Array<{
      ok: boolean;
      id: number;
      created: boolean;
    }>;
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(rowsWithKey(key)).toHaveLength(1);
    // The owner's notice of the one held comment.
    expect(count(mailOutbox)).toBe(mails + 1);
  }, 60_000);
});
