import type { APIRequestContext, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { emailHash } from '@/db/queries/email-confirmations';
import { comments, emailConfirmations } from '@/db/schema';
import { expect } from './fixtures';
import { commentStatus, ModerationQueue } from './moderation-queue';

// The steps of the reply-mail specs: comments by API, approvals through the moderation queue.

export type Post = { id: number; slug: string };

/** A comment sent to the JSON API, as any reader's client may; returns its id. */
export async function apiComment(
  request: APIRequestContext,
  slug: string,
  data: { name: string; email: string; body: string; parentId?: number; notifyReplies?: boolean },
) {
  const response = await request.post(`/api/posts/${slug}/comments`, { data });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

/** As if the address's owner had used the link of its confirmation mail (double opt-in). */
export const markConfirmed = (db: Db, email: string) =>
  db
    .insert(emailConfirmations)
    .values({ emailHash: emailHash(email), confirmedAt: new Date() })
    .onConflictDoUpdate({ target: emailConfirmations.emailHash, set: { confirmedAt: new Date() } })
    .run();

/** The arrangement every test starts from: an approved comment by a confirmed `email`. */
export async function approvedParent(
  db: Db,
  request: APIRequestContext,
  post: Post,
  email: string,
) {
  const id = await apiComment(request, post.slug, {
    name: 'Asker',
    email,
    // Not the address itself: public feeds must never show one, whoever typed it.
    body: `Question from ${email.split('@')[0]}`,
    notifyReplies: true,
  });
  db.update(comments).set({ status: 'approved' }).where(eq(comments.id, id)).run();
  markConfirmed(db, email);
  return id;
}

/** A moderator approves the held comment that contains `text`, through the queue. */
export async function approveInQueue(page: Page, db: Db, id: number, text: string) {
  const queue = new ModerationQueue(page);
  await queue.goto({ q: text });
  await queue.rowButton(text, 'Approve').click();
  await expect(queue.message).toBeVisible();
  await expect.poll(() => commentStatus(db, id)).toBe('approved');
}

/** A reply by someone else to `parentId`, approved by the signed-in moderator through the queue. */
export async function approvedReply(
  page: Page,
  db: Db,
  request: APIRequestContext,
  post: Post,
  reply: { parentId: number; email: string; body: string },
) {
  const id = await apiComment(request, post.slug, { name: 'Replier', ...reply });
  await approveInQueue(page, db, id, reply.body);
  return id;
}
