import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

throwawayDatabase();
const outbox = mkdtempSync(path.join(tmpdir(), 'taiyaku-outbox-'));
process.env.MAIL_OUTBOX_DIR = outbox;
delete process.env.SMTP_URL;
process.env.SITE_URL = 'https://blog.example';
vi.mock('next/server', () => ({ after: () => {} }));
const { getDb, writeTx } = await import('@/db');
const { mailOutbox } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { queueMail } = await import('@/db/queries/mail');
const { saveSettings } = await import('@/db/queries/settings');
const { deliverDueMail } = await import('./worker');
const { outboxSize, purgeOldMail } = await import('./retention');
const { emlName } = await import('./transport');

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2026, 11, 1));
let n = 0;
const queue = () =>
  writeTx((tx) =>
    queueMail(
      tx,
      {
        kind: `test:${++n}`,
        toAddress: 'r@example.org',
        subject: 'S',
        textBody: 'x'.repeat(1000),
        headers: null,
      },
      new Date(0),
    ),
  );
const rows = () => getDb().select().from(mailOutbox).orderBy(mailOutbox.id).all();
const sentDaysAgo = (id: number, days: number) =>
  getDb()
    .update(mailOutbox)
    .set({ sentAt: new Date(NOW.getTime() - days * DAY) })
    .where(eq(mailOutbox.id, id))
    .run();

beforeAll(() => saveSettings({ mailRetentionDays: 30 }));

describe('sent mail retention', () => {
  it('deletes sent rows and their .eml files past the setting, keeps newer and unsent mail', async () => {
    for (let i = 0; i < 4; i++) queue();
    await deliverDueMail(() => NOW);
    const [old, edge, fresh, unsent] = rows();
    sentDaysAgo(old!.id, 31);
    sentDaysAgo(edge!.id, 29);
    sentDaysAgo(fresh!.id, 1);
    getDb()
      .update(mailOutbox)
      .set({ status: 'queued', sentAt: null })
      .where(eq(mailOutbox.id, unsent!.id))
      .run();
    expect(readdirSync(outbox)).toContain(emlName(old!.id));
    const before = await outboxSize();
    expect(before).toMatchObject({ rows: 4, files: 4 });

    expect(await purgeOldMail(NOW)).toBe(1);
    expect(rows().map((r) => r.id)).toEqual([edge!.id, fresh!.id, unsent!.id]);
    expect(existsSync(path.join(outbox, emlName(old!.id)))).toBe(false);
    expect(existsSync(path.join(outbox, emlName(edge!.id)))).toBe(true);
    const after = await outboxSize();
    expect(after).toMatchObject({ rows: 3, files: 3 });
    expect(after.bytes).toBeLessThan(before.bytes);

    saveSettings({ mailRetentionDays: 1 });
    expect(await purgeOldMail(NOW)).toBe(1);
    expect(rows().map((r) => r.id)).toEqual([fresh!.id, unsent!.id]);
  });

  it('the mail worker purges after each delivery run', async () => {
    saveSettings({ mailRetentionDays: 30 });
    queue();
    const kind = `test:${n}`;
    const later = new Date(NOW.getTime() + 40 * DAY);
    await deliverDueMail(() => NOW);
    const mail = rows().find((r) => r.kind === kind)!;
    expect(mail.status).toBe('sent');
    expect(readdirSync(outbox)).toContain(emlName(mail.id));
    await deliverDueMail(() => later);
    expect(rows().find((r) => r.kind === kind)).toBeUndefined();
    expect(readdirSync(outbox)).not.toContain(emlName(mail.id));
  });
});
