import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { parseMessage } from '@/e2e/support/mail-message';

// No MAIL_FROM: mail comes from the blog, by its own title, not from "Taiyaku".
throwawayDatabase();
const outbox = mkdtempSync(path.join(tmpdir(), 'taiyaku-from-'));
process.env.MAIL_OUTBOX_DIR = outbox;
delete process.env.MAIL_FROM;
delete process.env.SMTP_URL;
vi.mock('next/server', () => ({ after: () => {} }));
const { writeTx } = await import('@/db');
const { queueMail } = await import('@/db/queries/mail');
const { saveSettings } = await import('@/db/queries/settings');
const { deliverDueMail } = await import('./worker');

describe('the From of every mail', () => {
  it('names the blog by its title, encoded, on one header line', async () => {
    saveSettings({
      titles: { ja: 'ずくなしの冷や水\n', en: 'Cold Water' },
      languages: ['ja', 'en'],
    });
    writeTx((tx) =>
      queueMail(tx, {
        kind: 'test:from',
        toAddress: 'r@example.org',
        subject: 'S',
        textBody: 'B',
        headers: {},
      }),
    );
    expect(await deliverDueMail()).toBe(1);
    const file = readdirSync(outbox).find((f) => f.endsWith('.eml'))!;
    const raw = readFileSync(path.join(outbox, file), 'utf8');
    expect(raw).toMatch(/^From: =\?UTF-8\?/m);
    expect(parseMessage(raw).headers.get('from')).toBe('ずくなしの冷や水 <noreply@localhost>');
  });
});
