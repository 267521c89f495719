import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { parseMessage } from '@/e2e/support/mail-message';

throwawayDatabase();
const outbox = mkdtempSync(path.join(tmpdir(), 'taiyaku-outbox-'));
process.env.MAIL_OUTBOX_DIR = outbox;
delete process.env.SMTP_URL;
process.env.SITE_URL = 'https://blog.example';
vi.mock('@/server/reader-cache', () => ({ expirePublicPages: () => {} }));
// Delivery after the request is Next's; here the tests send when they choose (deliverDueMail).
vi.mock('next/server', () => ({ after: () => {} }));
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { comments, mailOutbox, users } = await import('@/db/schema');
const { eq, like } = await import('drizzle-orm');
const { saveSettings } = await import('@/db/queries/settings');
const { moderate: moderateAs, replyAsStaff } = await import('@/server/comments/moderate');
const { commentSchema } = await import('@/lib/validations/comment');
const { submitComment } = await import('@/server/comments/submit');
const { unsubscribe } = await import('./unsubscribe');
const { confirmAddress } = await import('./confirmation');
const { deliverDueMail } = await import('./worker');

let moderator = 0;
let n = 0;
function comment(fields: { email?: string; parentId?: number; notifyReplies?: boolean } = {}) {
  const values = commentSchema.parse({
    name: `Reader ${++n}`,
    email: fields.email ?? `reader${n}@example.org`,
    body: `Comment ${n}\nsecond line`,
    ...fields,
  });
  const outcome = submitComment({
    slug: 'night-reading-room',
    values,
    pageLanguage: 'en',
    headers: new Headers(),
    signedIn: null,
  });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.id;
}
const moderate = (id: number, action: 'approve' | 'unapprove') =>
  moderateAs({ ids: [id], action, actorId: moderator });
const approved = (fields: Parameters<typeof comment>[0]) => {
  const id = comment(fields);
  moderate(id, 'approve');
  return id;
};
/** The reader opens the link of the comment's confirmation mail and presses the button. */
function confirmFromMail(commentId: number) {
  const mail = getDb()
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.kind, `confirm:${commentId}`))
    .get()!;
  const token = decodeURIComponent(/confirm-email\?token=(\S+)/.exec(mail.textBody)![1]!);
  expect(confirmAddress(token).state).toBe('confirmed');
  return commentId;
}
/** An approved comment asking for reply mail, from an address that confirmed it. */
const subscribed = (fields: Parameters<typeof comment>[0] = {}) =>
  confirmFromMail(approved({ ...fields, notifyReplies: true }));
const mailsFor = (parentId: number) =>
  getDb()
    .select()
    .from(mailOutbox)
    .where(like(mailOutbox.kind, `reply:%:${parentId}`))
    .all();

beforeAll(async () => {
  await seedDemo();
  saveSettings({ commentPolicy: 'hold-all', rateLimit: '1000/1h', notifyOwner: false });
  moderator = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
});

describe('reply notices', () => {
  it('queue one mail per approved reply for a parent who asked, however often it is re-approved', () => {
    const parent = subscribed({ email: 'asker@example.org' });
    const reply = comment({ email: 'replier@example.org', parentId: parent });
    expect(mailsFor(parent)).toHaveLength(0);
    moderate(reply, 'approve');
    expect(mailsFor(parent)).toHaveLength(1);
    // Taken back before it was tried: nobody is mailed; approved again, it is queued again.
    moderate(reply, 'unapprove');
    expect(mailsFor(parent)).toHaveLength(0);
    moderate(reply, 'approve');
    const mails = mailsFor(parent);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: `reply:${reply}:${parent}`, status: 'queued' });
    expect(mails[0]!.toAddress).toBe('asker@example.org');
    expect(mails[0]!.textBody).toContain(`> Comment ${n}\n> second line`);
    expect(mails[0]!.textBody).not.toContain('replier@example.org');
  });

  it('never mail twice: once sent, unapproving and approving again queues nothing', async () => {
    const parent = subscribed();
    const reply = approved({ parentId: parent });
    await deliverDueMail();
    expect(mailsFor(parent)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
    moderate(reply, 'unapprove');
    moderate(reply, 'approve');
    expect(mailsFor(parent)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
  });

  it('queue nothing for a parent without consent, or when the parent replies to themself', () => {
    const silent = approved({ notifyReplies: false });
    approved({ parentId: silent });
    expect(mailsFor(silent)).toHaveLength(0);
    const asked = subscribed({ email: 'self@example.org' });
    approved({ email: 'SELF@example.org', parentId: asked });
    expect(mailsFor(asked)).toHaveLength(0);
  });

  it('queue a mail for a staff reply, which approves a held parent in the same step', () => {
    const parent = confirmFromMail(comment({ notifyReplies: true }));
    const staff = getDb().select().from(users).where(eq(users.id, moderator)).get()!;
    const reply = replyAsStaff({
      parentId: parent,
      body: 'Thanks for reading',
      author: staff,
      idempotencyKey: `staff-reply-key-${n}`,
      threadDepth: 3,
    });
    expect(mailsFor(parent).map((m) => m.kind)).toEqual([`reply:${reply!.id}:${parent}`]);
  });

  it('stop after unsubscribing: consent cleared, unsent mail dropped, no mail for the next reply', () => {
    const parent = subscribed();
    approved({ parentId: parent });
    const [queued] = mailsFor(parent);
    const url = /unsubscribe\?token=(\S+)/.exec(queued!.textBody)![1]!;
    const token = decodeURIComponent(url);
    expect(unsubscribe(`${token.slice(0, -2)}xx`)).toBeNull();
    expect(unsubscribe(token)).toMatchObject({ id: parent, notifyReplies: false });
    expect(mailsFor(parent)).toHaveLength(0);
    approved({ parentId: parent });
    expect(mailsFor(parent)).toHaveLength(0);
    const row = getDb().select().from(comments).where(eq(comments.id, parent)).get()!;
    expect(row.notifyReplies).toBe(false);
  });
});

describe('owner notices', () => {
  it('queue a mail per held comment to each owner only while the setting is on', () => {
    const owner = getDb().select().from(users).where(eq(users.role, 'owner')).get()!;
    const off = comment();
    saveSettings({ notifyOwner: true });
    const on = comment();
    saveSettings({ notifyOwner: false });
    const kinds = getDb().select().from(mailOutbox).where(like(mailOutbox.kind, 'owner:%')).all();
    expect(kinds.map((m) => m.kind)).toEqual([`owner:comment:${on}:${owner.id}`]);
    expect(kinds[0]!.toAddress).toBe(owner.email);
    expect(kinds[0]!.textBody).toContain(`https://blog.example/ja/admin/comments`);
    expect(off).toBeLessThan(on);
  });
});

describe('delivery without SMTP_URL', () => {
  it('writes each due mail as a parseable .eml in the outbox folder and marks it sent', async () => {
    const parent = subscribed({ email: 'eml@example.org' });
    const reply = approved({ parentId: parent });
    writeTx((tx) =>
      tx.update(mailOutbox).set({ status: 'sent' }).where(like(mailOutbox.kind, 'owner:%')).run(),
    );
    await deliverDueMail();
    const [mail] = mailsFor(parent);
    expect(mail).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    const files = readdirSync(outbox);
    expect(files.filter((f) => !f.endsWith('.eml'))).toEqual([]);
    const file = files.find((f) => f === `${String(mail!.id).padStart(8, '0')}.eml`)!;
    const message = parseMessage(readFileSync(path.join(outbox, file), 'utf8'));
    expect(message.headers.get('to')).toBe('eml@example.org');
    expect(message.headers.get('subject')).toBe(
      'New reply to your comment on “A harbour town opens its library at night”',
    );
    expect(message.headers.get('list-unsubscribe')).toMatch(
      new RegExp(`^<https://blog\\.example/api/unsubscribe\\?token=${parent}\\.`),
    );
    expect(message.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(message.text).toContain(`> Comment ${n}`);
    expect(message.text).toContain(
      `https://blog.example/en/posts/night-reading-room#comment-${reply}`,
    );
    expect(message.text).toMatch(/https:\/\/blog\.example\/en\/unsubscribe\?token=\d+\./);
  });
});
