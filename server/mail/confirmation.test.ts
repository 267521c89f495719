import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
process.env.SITE_URL = 'https://blog.example';
vi.mock('@/server/reader-cache', () => ({ expirePublicPages: () => {} }));
vi.mock('next/server', () => ({ after: () => {} }));
const { seedDemo } = await import('@/server/seed');
const { getDb, writeTx } = await import('@/db');
const { comments, mailOutbox, users } = await import('@/db/schema');
const { eq, like } = await import('drizzle-orm');
const { saveSettings, getSettings } = await import('@/db/queries/settings');
const { isConfirmed, pruneUnconfirmed } = await import('@/db/queries/email-confirmations');
const { moderate } = await import('@/server/comments/moderate');
const { commentSchema } = await import('@/lib/validations/comment');
const { submitComment } = await import('@/server/comments/submit');
const { confirmAddress, enqueueConfirmation, findConfirmation } = await import('./confirmation');
const { CONFIRM_TTL_MS } = await import('./token');
const { unsubscribe } = await import('./unsubscribe');

let moderator = 0;
let n = 0;
const DAY = 86_400_000;
function comment(fields: { email?: string; parentId?: number; notifyReplies?: boolean } = {}) {
  const values = commentSchema.parse({
    name: `Mallory ${++n}`,
    email: fields.email ?? `reader${n}@example.org`,
    body: `Buy cheap pills ${n}`,
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
const approve = (id: number) =>
  moderate({
    ids: [id],
    action: 'approve',
    actorId: moderator,
  });
const approvedReply = (parentId: number) => {
  const id = comment({ parentId, email: `replier${n}@example.org` });
  approve(id);
  return id;
};
const mails = (pattern: string) =>
  getDb().select().from(mailOutbox).where(like(mailOutbox.kind, pattern)).all();
const confirmMailsTo = (email: string) => mails('confirm:%').filter((m) => m.toAddress === email);
const tokenIn = (text: string) => decodeURIComponent(/confirm-email\?token=(\S+)/.exec(text)![1]!);

beforeAll(async () => {
  await seedDemo();
  saveSettings({ commentPolicy: 'hold-all', rateLimit: '1000/1h', notifyOwner: false });
  moderator = getDb().select().from(users).where(eq(users.role, 'moderator')).get()!.id;
});

describe('double opt-in for reply mail', () => {
  it('sends no reply mail before the link is used, and one per reply after', () => {
    const email = 'victim@example.org';
    const parent = comment({ email, notifyReplies: true });
    approve(parent);
    const [confirmation] = confirmMailsTo(email);
    expect(confirmation).toMatchObject({ kind: `confirm:${parent}`, status: 'queued' });
    approvedReply(parent);
    expect(mails(`reply:%:${parent}`)).toEqual([]);

    // Opening the page (a GET, or a mail scanner) changes nothing.
    const token = tokenIn(confirmation!.textBody);
    expect(findConfirmation(token)).toMatchObject({ state: 'valid', slug: 'night-reading-room' });
    expect(isConfirmed(getDb(), email)).toBe(false);
    approvedReply(parent);
    expect(mails(`reply:%:${parent}`)).toEqual([]);

    expect(confirmAddress(token).state).toBe('confirmed');
    expect(confirmAddress(token).state).toBe('confirmed');
    expect(findConfirmation(token).state).toBe('confirmed');
    const reply = approvedReply(parent);
    expect(mails(`reply:%:${parent}`).map((m) => m.kind)).toEqual([`reply:${reply}:${parent}`]);
    // A confirmed address stays confirmed: a later comment asks nothing and is mailed at once.
    const later = comment({ email: 'VICTIM@example.org', notifyReplies: true });
    approve(later);
    approvedReply(later);
    expect(mails(`reply:%:${later}`)).toHaveLength(1);
    expect(confirmMailsTo(email)).toHaveLength(1);
  });

  it('mails an address at most once a day, however many comments name it', () => {
    const email = 'bombed@example.org';
    for (let i = 0; i < 5; i++) comment({ email, notifyReplies: true });
    expect(confirmMailsTo(email)).toHaveLength(1);
    const id = comment({ email: 'Bombed@Example.org', notifyReplies: true });
    const now = new Date();
    const sent = (at: Date) =>
      writeTx((tx) => enqueueConfirmation(tx, { id, email, language: 'en' }, at));
    expect(sent(new Date(now.getTime() + DAY - 60_000))).toBe(false);
    expect(sent(new Date(now.getTime() + DAY + 60_000))).toBe(true);
    expect(confirmMailsTo(email)).toHaveLength(2);
  });

  it('never for comments without consent or judged spam', () => {
    comment({ email: 'quiet@example.org' });
    saveSettings({ blockWords: 'casino' });
    const values = { email: 'spam@example.org', notifyReplies: true };
    const id = submitComment({
      slug: 'night-reading-room',
      values: commentSchema.parse({ name: 'S', body: 'casino casino', ...values }),
      pageLanguage: 'en',
      headers: new Headers(),
      signedIn: null,
    });
    saveSettings({ blockWords: '' });
    if (!id.ok) throw new Error(id.error);
    const stored = getDb().select().from(comments).where(eq(comments.id, id.id)).get();
    expect(stored?.status).toBe('spam');
    expect(confirmMailsTo('quiet@example.org')).toEqual([]);
    expect(confirmMailsTo('spam@example.org')).toEqual([]);
  });

  it('carries the blog name and a link, nothing the commenter typed', () => {
    const id = comment({ email: 'content@example.org', notifyReplies: true });
    const [mail] = confirmMailsTo('content@example.org');
    const blog = getSettings().titles.en!;
    expect(mail!.subject).toBe(`Confirm reply emails from ${blog}`);
    expect(mail!.textBody).toContain(`https://blog.example/en/confirm-email?token=${id}.`);
    expect(mail!.textBody).not.toMatch(/Mallory|pills/);
    expect(mail!.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
  });

  it('says when a link is forged, cut or expired, and confirms nothing then', () => {
    const email = 'late@example.org';
    const id = comment({ email, notifyReplies: true });
    const token = tokenIn(confirmMailsTo(email)[0]!.textBody);
    const late = Date.now() + CONFIRM_TTL_MS + 1000;
    expect(findConfirmation(token, late)).toMatchObject({ state: 'expired' });
    expect(confirmAddress(token, late).state).toBe('expired');
    for (const bad of [token.slice(0, -3), `${id}.x`, null, 42, `${id + 1000}.1.${'A'.repeat(43)}`])
      expect(confirmAddress(bad).state).toBe('invalid');
    expect(isConfirmed(getDb(), email)).toBe(false);
  });

  it('is withdrawn by unsubscribing: the next comment asks again, and nothing is mailed till then', () => {
    const email = 'leaver@example.org';
    const parent = comment({ email, notifyReplies: true });
    approve(parent);
    confirmAddress(tokenIn(confirmMailsTo(email)[0]!.textBody));
    approvedReply(parent);
    const [notice] = mails(`reply:%:${parent}`);
    const unsub = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(notice!.textBody)![1]!);
    expect(unsubscribe(unsub)).toMatchObject({ notifyReplies: false });
    expect(isConfirmed(getDb(), email)).toBe(false);
    const again = comment({ email, notifyReplies: true });
    approve(again);
    approvedReply(again);
    expect(mails(`reply:%:${again}`)).toEqual([]);
    // Within the day of the first request: no second confirmation mail yet.
    expect(confirmMailsTo(email)).toHaveLength(1);
  });

  it('forgets addresses asked but never confirmed once their links expired', () => {
    comment({ email: 'never@example.org', notifyReplies: true });
    const kept = comment({ email: 'kept@example.org', notifyReplies: true });
    confirmAddress(tokenIn(confirmMailsTo('kept@example.org')[0]!.textBody));
    expect(pruneUnconfirmed(new Date(Date.now() - CONFIRM_TTL_MS))).toBe(0);
    const pruned = pruneUnconfirmed(new Date(Date.now() + 1000));
    expect(pruned).toBeGreaterThan(0);
    expect(isConfirmed(getDb(), 'kept@example.org')).toBe(true);
    expect(kept).toBeGreaterThan(0);
  });
});
