import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import type { Db } from '@/db/connection';
import { comments, emailConfirmations, posts } from '@/db/schema';
import { postTitles } from './mail-recipients';

// Double opt-in for reply mail: which addresses proved they want it, and when each was last asked.

/** The key of an address: case and surrounding space do not make another address. */
export const emailHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/** Which of `emails` are confirmed, as their hashes. */
export function confirmedHashes(tx: Tx | Db, emails: string[]): Set<string> {
  if (!emails.length) return new Set();
  const rows = tx
    .select({ hash: emailConfirmations.emailHash })
    .from(emailConfirmations)
    .where(
      and(
        inArray(emailConfirmations.emailHash, [...new Set(emails.map(emailHash))]),
        isNotNull(emailConfirmations.confirmedAt),
      ),
    )
    .all();
  return new Set(rows.map((r) => r.hash));
}

export const isConfirmed = (tx: Tx | Db, email: string) =>
  confirmedHashes(tx, [email]).has(emailHash(email));

/**
 * Takes the address's confirmation mail for this window: false when it is already confirmed or
 * was asked within `windowMs`, so commenting many times with someone's address mails them once.
 */
export function claimConfirmationMail(tx: Tx, email: string, now: Date, windowMs: number) {
  const hash = emailHash(email);
  const row = tx
    .select()
    .from(emailConfirmations)
    .where(eq(emailConfirmations.emailHash, hash))
    .get();
  if (row?.confirmedAt) return false;
  if (row?.requestedAt && row.requestedAt.getTime() > now.getTime() - windowMs) return false;
  tx.insert(emailConfirmations)
    .values({ emailHash: hash, requestedAt: now })
    .onConflictDoUpdate({ target: emailConfirmations.emailHash, set: { requestedAt: now } })
    .run();
  return true;
}

/** The address proved it wants reply mail (idempotent: the first confirmation time is kept). */
export function confirmEmail(email: string, now = new Date()) {
  writeTx((tx) =>
    tx
      .insert(emailConfirmations)
      .values({ emailHash: emailHash(email), confirmedAt: now })
      .onConflictDoUpdate({
        target: emailConfirmations.emailHash,
        set: { confirmedAt: now },
        setWhere: isNull(emailConfirmations.confirmedAt),
      })
      .run(),
  );
}

/** An unsubscribe withdraws the consent: the next comment asking for reply mail asks again. */
export function withdrawConfirmation(tx: Tx, email: string) {
  tx.update(emailConfirmations)
    .set({ confirmedAt: null })
    .where(eq(emailConfirmations.emailHash, emailHash(email)))
    .run();
}

/** The comment a confirmation link names: its author's address (what the token signs) and post. */
export function confirmationTarget(id: number) {
  const db = getDb();
  const row = db
    .select({ email: comments.authorEmail, postId: posts.id, slug: posts.slug })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(eq(comments.id, id))
    .get();
  if (!row) return null;
  return { ...row, titles: postTitles(db, row.postId), confirmed: isConfirmed(db, row.email) };
}

/**
 * Forgets addresses that were asked but never confirmed once their links have expired and their
 * daily limit has passed: nothing about them is needed any more.
 */
export function pruneUnconfirmed(before: Date): number {
  return writeTx(
    (tx) =>
      tx
        .delete(emailConfirmations)
        .where(
          and(
            isNull(emailConfirmations.confirmedAt),
            or(isNull(emailConfirmations.requestedAt), lt(emailConfirmations.requestedAt, before)),
          ),
        )
        .run().changes,
  );
}
