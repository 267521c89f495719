import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, writeTx } from '@/db';
import type { Db } from '@/db/connection';
import {
  comments,
  mailOutbox,
  posts,
  postTranslations,
  settings,
  users,
  type MailRow,
} from '@/db/schema';
import type { MailStatus } from '@/lib/model';

export type Tx = Parameters<Parameters<typeof writeTx>[0]>[0];
export type NewMail = Pick<MailRow, 'kind' | 'toAddress' | 'subject' | 'textBody' | 'headers'>;

/**
 * Queues a mail in the caller's transaction, unless one of the same kind was ever queued: the kind
 * names what caused it (`reply:<reply>:<parent>`), so approving a reply twice mails once. The
 * caller holds BEGIN IMMEDIATE, so the check and the insert cannot race another writer.
 */
export function queueMail(tx: Tx, mail: NewMail, now = new Date()): boolean {
  const seen = tx
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(eq(mailOutbox.kind, mail.kind))
    .get();
  if (seen) return false;
  tx.insert(mailOutbox)
    .values({ ...mail, nextAttemptAt: now })
    .run();
  return true;
}

const parent = alias(comments, 'parent');

/**
 * For approved replies among `ids`: the parent that asked to hear of replies, when the replier is
 * someone else (not the same address). Everything a reply notice says, and where it goes.
 */
export function replyNoticeTargets(tx: Tx, ids: number[]) {
  if (!ids.length) return [];
  return tx
    .select({
      replyId: comments.id,
      replyAuthor: comments.authorName,
      replyBody: comments.body,
      parentId: parent.id,
      parentAuthor: parent.authorName,
      parentEmail: parent.authorEmail,
      language: parent.language,
      postId: posts.id,
      slug: posts.slug,
    })
    .from(comments)
    .innerJoin(parent, eq(parent.id, comments.parentId))
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(
      and(
        inArray(comments.id, ids),
        eq(comments.status, 'approved'),
        eq(parent.notifyReplies, true),
        ne(sql`lower(${parent.authorEmail})`, sql`lower(${comments.authorEmail})`),
      ),
    )
    .all();
}

/** Where owner notices go: every enabled owner, when the setting asks for them; in the blog's language. */
export function ownerRecipients(tx: Tx): {
  language: string | null;
  owners: Array<{ id: number; email: string }>;
} {
  const row = tx
    .select({ on: settings.notifyOwner, language: settings.defaultLanguage })
    .from(settings)
    .where(eq(settings.id, 1))
    .get();
  if (!row?.on) return { language: null, owners: [] };
  const owners = tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'owner'), eq(users.disabled, false)))
    .all();
  return { language: row.language, owners };
}

/**
 * Takes up to `limit` due mails for sending: each gets an attempt counted and its next attempt
 * pushed past `leaseMs`, so another worker (or this one after a crash) leaves it alone meanwhile.
 */
export function claimDueMail(now: Date, { limit, leaseMs }: { limit: number; leaseMs: number }) {
  return writeTx((tx) => {
    const due = tx
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(limit)
      .all();
    for (const row of due)
      tx.update(mailOutbox)
        .set({ attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(eq(mailOutbox.id, row.id))
        .run();
    return due.map((row) => ({ ...row, attempts: row.attempts + 1 }));
  });
}

export function markMailSent(id: number, now = new Date()) {
  writeTx((tx) =>
    tx.update(mailOutbox).set({ status: 'sent', sentAt: now }).where(eq(mailOutbox.id, id)).run(),
  );
}

/** Records the error; `retryAt` null means no more attempts (failed). */
export function markMailError(id: number, error: string, retryAt: Date | null) {
  writeTx((tx) =>
    tx
      .update(mailOutbox)
      .set({
        lastError: error.slice(0, 1000),
        ...(retryAt ? { nextAttemptAt: retryAt } : { status: 'failed' as const }),
      })
      .where(eq(mailOutbox.id, id))
      .run(),
  );
}

export type MailSummary = {
  counts: Record<MailStatus, number>;
  lastError: { error: string; kind: string; attempts: number; status: MailStatus } | null;
};

/** Queue counts and the newest mail that is failing (queued for a retry, or given up). */
export function mailSummary(): MailSummary {
  const db = getDb();
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
  const rows = db
    .select({ status: mailOutbox.status, n: sql<number>`count(*)` })
    .from(mailOutbox)
    .groupBy(mailOutbox.status)
    .all();
  for (const r of rows) counts[r.status] = r.n;
  const failing = db
    .select({
      error: mailOutbox.lastError,
      kind: mailOutbox.kind,
      attempts: mailOutbox.attempts,
      status: mailOutbox.status,
    })
    .from(mailOutbox)
    .where(and(isNotNull(mailOutbox.lastError), ne(mailOutbox.status, 'sent')))
    .orderBy(desc(mailOutbox.id))
    .get();
  return { counts, lastError: failing ? { ...failing, error: failing.error ?? '' } : null };
}

/** The comment an unsubscribe link names, with what its signature covers. */
export function unsubscribeTarget(id: number) {
  const row = getDb()
    .select({
      id: comments.id,
      email: comments.authorEmail,
      notifyReplies: comments.notifyReplies,
      postId: posts.id,
      slug: posts.slug,
    })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(comments.id, id))
    .get();
  return row ? { ...row, titles: postTitles(getDb(), row.postId) } : null;
}

/** No more reply mail for this comment: the consent is cleared and mail not yet sent is dropped. */
export function stopReplyMail(id: number) {
  writeTx((tx) => {
    tx.update(comments).set({ notifyReplies: false }).where(eq(comments.id, id)).run();
    tx.delete(mailOutbox)
      .where(and(eq(mailOutbox.status, 'queued'), sql`${mailOutbox.kind} like ${`reply:%:${id}`}`))
      .run();
  });
}

/** A post's titles by language, for a mail's subject. */
export function postTitles(tx: Tx | Db, postId: number): Record<string, string> {
  const rows = tx
    .select({ language: postTranslations.language, title: postTranslations.title })
    .from(postTranslations)
    .where(eq(postTranslations.postId, postId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.language, r.title]));
}
