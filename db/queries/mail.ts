import 'server-only';
import { and, asc, desc, eq, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { getDb, writeTx, type Tx } from '@/db';
import { mailOutbox, type MailRow } from '@/db/schema';
import type { MailStatus } from '@/lib/model';

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
