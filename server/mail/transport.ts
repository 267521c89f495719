import 'server-only';
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailRow } from '@/db/schema';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import { env } from '@/lib/env';
import { siteUrl } from '@/lib/site-url';

type Outgoing = Pick<MailRow, 'id' | 'kind' | 'toAddress' | 'subject' | 'textBody' | 'headers'>;

/** Where mail goes without SMTP_URL: MAIL_OUTBOX_DIR, else `outbox/` beside the database. */
export function outboxDir(): string {
  const { MAIL_OUTBOX_DIR, DATABASE_PATH } = env();
  const dir = MAIL_OUTBOX_DIR ?? path.join(path.dirname(DATABASE_PATH), 'outbox');
  // A folder chosen at run time: not something for the build to trace into the output.
  return path.resolve(/*turbopackIgnore: true*/ dir);
}

export const mailMode = (): 'smtp' | 'outbox' => (env().SMTP_URL ? 'smtp' : 'outbox');

/** MAIL_FROM, else the blog's own title (in its first language) at noreply@ the site's host. */
const fromAddress = () =>
  env().MAIL_FROM ?? {
    name: blogTitle(),
    address: `noreply@${new URL(siteUrl()).hostname}`,
  };

function blogTitle(): string {
  const { titles, languages } = getSettings();
  // A display name is one header line: no controls, and nodemailer encodes the rest (RFC 2047).
  return (
    pick(titles, languages[0] ?? 'ja')
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim() || 'Taiyaku'
  );
}

let smtp: { url: string; transport: Transporter } | undefined;
function smtpTransport(url: string): Transporter {
  // Bounded waits: a server that hangs fails this attempt (and is retried) instead of stalling the queue.
  if (smtp?.url !== url)
    smtp = {
      url,
      transport: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  return smtp.transport;
}

// Real RFC 5322 messages, built by nodemailer and kept in memory (CRLF line ends, as on the wire).
const buildOnly = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: 'windows',
});

function message(mail: Outgoing) {
  const host = new URL(siteUrl()).hostname;
  // The same Message-ID on every attempt, so a client can tell a retried copy from a new mail.
  const tag = createHash('sha256').update(mail.kind).digest('hex').slice(0, 16);
  return {
    from: fromAddress(),
    to: mail.toAddress,
    subject: mail.subject,
    text: mail.textBody,
    headers: mail.headers ?? {},
    messageId: `<mail-${mail.id}.${tag}@${host}>`,
  };
}

/** The outbox file of a mail: its id, zero-padded so the folder lists in order. */
export const emlName = (id: number) => `${String(id).padStart(8, '0')}.eml`;

/** Writes the message as `<id>.eml`, atomically: a reader of the folder never sees half a file. */
async function writeEml(mail: Outgoing): Promise<string> {
  const info = await buildOnly.sendMail(message(mail));
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, emlName(mail.id));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, info.message as Buffer, { mode: 0o600 });
  await rename(temp, file);
  return file;
}

/** Sends one queued mail by SMTP, or into the outbox folder when no SMTP_URL is set; throws on failure. */
export async function deliver(mail: Outgoing): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) {
    await writeEml(mail);
    return;
  }
  await smtpTransport(url).sendMail(message(mail));
}
