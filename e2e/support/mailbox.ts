import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { like } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { mailOutbox } from '@/db/schema';
import { parseMessage, type ParsedMail } from './mail-message';

/** Every message the test SMTP server received for `address`, oldest first. */
export function receivedFor(address: string): ParsedMail[] {
  const dir = process.env.E2E_MAIL_DIR!;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMessage(readFileSync(path.join(dir, f), 'utf8')))
    .filter((m) => m.headers.get('to') === address);
}

/** The outbox rows of reply notices to the comment `parentId`. */
export const replyMailRows = (db: Db, parentId: number) =>
  db
    .select()
    .from(mailOutbox)
    .where(like(mailOutbox.kind, `reply:%:${parentId}`))
    .all();

/** The unsubscribe page link in a reply notice's text. */
export function unsubscribeLink(mail: ParsedMail): string {
  const match = /(https?:\/\/\S+\/unsubscribe\?token=\S+)/.exec(mail.text);
  if (!match) throw new Error(`no unsubscribe link in:\n${mail.text}`);
  return match[1]!;
}

/** The confirmation page link in a confirmation mail's text. */
export function confirmLink(mail: ParsedMail): string {
  const match = /(https?:\/\/\S+\/confirm-email\?token=\S+)/.exec(mail.text);
  if (!match) throw new Error(`no confirmation link in:\n${mail.text}`);
  return match[1]!;
}
