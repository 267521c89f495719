import 'server-only';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { mailOutbox } from '@/db/schema';

const BATCH = 500;

/**
 * Deletes up to BATCH mails sent before `before` and returns their ids (their .eml files go
 * next). Queued and failed mail stays: it is still work, or evidence of a problem.
 */
export function purgeSentMail(before: Date): number[] {
  return writeTx((tx) => {
    const ids = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'sent'), lt(mailOutbox.sentAt, before)))
      .limit(BATCH)
      .all()
      .map((r) => r.id);
    if (ids.length) tx.delete(mailOutbox).where(inArray(mailOutbox.id, ids)).run();
    return ids;
  });
}

export const PURGE_BATCH = BATCH;

/** How much the outbox table holds: rows and the bytes of their text. */
export function outboxTableSize(): { rows: number; bytes: number } {
  return getDb().get<{ rows: number; bytes: number }>(
    sql`select count(*) as rows, coalesce(sum(length(cast(subject as blob)) + length(cast(text_body as blob)) + length(cast(to_address as blob)) + coalesce(length(cast(headers as blob)), 0)), 0) as bytes from mail_outbox`,
  );
}
