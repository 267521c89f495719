import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { parseMessage } from '@/e2e/support/mail-message';
import { REFUSED_MARK, startSmtpSink } from '@/e2e/support/smtp-sink';

throwawayDatabase();
const received = mkdtempSync(path.join(tmpdir(), 'taiyaku-smtp-'));
const sink = await startSmtpSink(received);
process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
process.env.MAIL_FROM = 'Blog <blog@example.org>';
vi.mock('next/server', () => ({ after: () => {} }));
const { getDb, writeTx } = await import('@/db');
const { mailOutbox } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { mailSummary, queueMail } = await import('@/db/queries/mail');
const { deliverDueMail } = await import('./worker');

afterAll(() => sink.close());

const queue = (kind: string, to: string) =>
  writeTx((tx) =>
    queueMail(tx, {
      kind,
      toAddress: to,
      subject: 'Réponse à votre commentaire 返信',
      textBody: 'Hello\n> quoted 日本語\n',
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    }),
  );
const row = (kind: string) =>
  getDb().select().from(mailOutbox).where(eq(mailOutbox.kind, kind)).get()!;
const minutes = (n: number, from: Date) => new Date(from.getTime() + n * 60_000);

describe('delivery by SMTP', () => {
  it('sends a due mail to the SMTP server, which receives it whole', async () => {
    expect(queue('test:ok', 'reader@example.org')).toBe(true);
    expect(queue('test:ok', 'reader@example.org')).toBe(false);
    expect(await deliverDueMail()).toBe(1);
    expect(row('test:ok')).toMatchObject({ status: 'sent', attempts: 1 });
    const files = readdirSync(received);
    expect(files).toHaveLength(1);
    const mail = parseMessage(readFileSync(path.join(received, files[0]!), 'utf8'));
    expect(mail.headers.get('from')).toBe('Blog <blog@example.org>');
    expect(mail.headers.get('subject')).toBe('Réponse à votre commentaire 返信');
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toBe('Hello\n> quoted 日本語\n');
  });

  it('records a refusal, retries on the 1/5/30/120-minute schedule, then gives up', async () => {
    const kind = 'test:refused';
    queue(kind, `${REFUSED_MARK}@example.org`);
    let now = new Date();
    await deliverDueMail(() => now);
    expect(row(kind)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row(kind).lastError).toMatch(/550/);
    expect(row(kind).nextAttemptAt).toEqual(minutes(1, now));
    // Not due yet: nothing is tried.
    await deliverDueMail(() => minutes(0.5, now));
    expect(row(kind).attempts).toBe(1);
    for (const [attempt, wait] of [
      [2, 5],
      [3, 30],
      [4, 120],
    ] as const) {
      now = row(kind).nextAttemptAt;
      await deliverDueMail(() => now);
      expect(row(kind)).toMatchObject({ status: 'queued', attempts: attempt });
      expect(row(kind).nextAttemptAt).toEqual(minutes(wait, now));
    }
    now = row(kind).nextAttemptAt;
    await deliverDueMail(() => now);
    expect(row(kind)).toMatchObject({ status: 'failed', attempts: 5 });
    expect(mailSummary()).toMatchObject({
      counts: { sent: 1, failed: 1, queued: 0 },
      lastError: { kind, status: 'failed', attempts: 5 },
    });
    expect(readdirSync(received)).toHaveLength(1);
  });
});
