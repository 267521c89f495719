import 'server-only';
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pruneUnconfirmed } from '@/db/queries/email-confirmations';
import { outboxTableSize, PURGE_BATCH, purgeSentMail } from '@/db/queries/mail-retention';
import { getSettings } from '@/db/queries/settings';
import { CONFIRM_TTL_MS } from './token';
import { emlName, outboxDir } from './transport';

const DAY_MS = 86_400_000;

/**
 * Deletes sent mail older than the blog's retention setting (default 30 days): the outbox rows
 * and their .eml files, and unconfirmed addresses whose links expired. Run by the mail worker
 * after each delivery run. Returns how many mails went.
 */
export async function purgeOldMail(now: Date = new Date()): Promise<number> {
  // Addresses asked but never confirmed are forgotten once their links have expired.
  pruneUnconfirmed(new Date(now.getTime() - CONFIRM_TTL_MS));
  const before = new Date(now.getTime() - getSettings().mailRetentionDays * DAY_MS);
  let purged = 0;
  for (;;) {
    const ids = purgeSentMail(before);
    await Promise.all(
      ids.map(
        (id) => unlink(path.join(outboxDir(), emlName(id))).catch(() => undefined), // SMTP mode writes none
      ),
    );
    purged += ids.length;
    if (ids.length < PURGE_BATCH) return purged;
  }
}

/** What the outbox takes on disk: its rows' text and the .eml files in the outbox folder. */
export async function outboxSize(): Promise<{ rows: number; bytes: number; files: number }> {
  const table = outboxTableSize();
  const names = await readdir(outboxDir()).catch(() => [] as string[]);
  const emls = names.filter((n) => n.endsWith('.eml'));
  const sizes = await Promise.all(
    emls.map((n) =>
      stat(path.join(outboxDir(), n)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return {
    rows: table.rows,
    files: emls.length,
    bytes: table.bytes + sizes.reduce((a, b) => a + b, 0),
  };
}
