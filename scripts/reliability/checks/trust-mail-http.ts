// 11. Two more of issue 20's classes, end to end on a production server: a reader on a blog served
// over plain HTTP under its own name (not a secure context: no crypto.randomUUID) posts a comment
// with JavaScript on; and sent mail older than the retention setting leaves the outbox (rows and
// .eml files) while newer mail stays.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { launchChromium } from '../browser';
import { withDb } from '../db-check';
import { freshApp, sleep, type Test } from '../harness';

const HOST = 'blog.test';
const DAY_MS = 86_400_000;

export const plainHttpTest: Test = {
  name: 'plain HTTP: a reader under a non-loopback name posts a comment with JavaScript on',
  run: async (check) => {
    const fixture = await freshApp('plain-http');
    const port = new URL(fixture.app.url).port;
    const browser = await launchChromium([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://${HOST}:${port}/en/posts/${SEED_POST_SLUG}`);
      const secure = await page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID]);
      check.ok(
        secure[0] === false && secure[1] === 'undefined',
        `the page is a secure context: ${secure}`,
      );
      const text = `Plain HTTP from the reliability suite ${Date.now()}`;
      await page.getByRole('textbox', { name: /^Name/ }).fill('Plain reader');
      await page.getByRole('textbox', { name: /^Email/ }).fill('plain@example.test');
      await page.getByRole('textbox', { name: /^Comment/ }).fill(text);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page
        .getByText('Your comment is awaiting moderation')
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(() => undefined);
      const stored = withDb(fixture.databasePath, (db) =>
        db.prepare('select count(*) from comments where body = ?').pluck().get(text),
      );
      check.ok(stored === 1, `the comment sent over plain HTTP was stored ${stored} times`);
      check.ok(errors.length === 0, `page errors: ${errors.join('; ')}`);
      check.figure(
        `http://${HOST}:${port}: not a secure context, comment stored once, no page error`,
      );
    } finally {
      await browser.close();
      await fixture.app.stop();
    }
  },
};

type Planted = { id: number; file: string };

/** Sent mail `daysAgo` old, with its .eml file, written behind the server's back. */
function plantSentMail(databasePath: string, daysAgo: number): Planted {
  const sentAt = Date.now() - daysAgo * DAY_MS;
  const id = withDb(databasePath, (db) =>
    Number(
      db
        .prepare(
          `insert into mail_outbox (kind, to_address, subject, text_body, status, attempts, next_attempt_at, created_at, sent_at)
           values ('reply', 'old@example.test', 'Old notice', 'Hello', 'sent', 1, ?, ?, ?)`,
        )
        .run(sentAt, sentAt, sentAt).lastInsertRowid,
    ),
  );
  const dir = path.join(path.dirname(databasePath), 'outbox');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(id).padStart(8, '0')}.eml`);
  writeFileSync(file, 'Subject: Old notice\r\n\r\nHello\r\n');
  return { id, file };
}

export const outboxRetentionTest: Test = {
  name: 'outbox retention: sent mail past the setting goes (rows and files) at start-up, newer mail stays',
  run: async (check) => {
    const fixture = await freshApp('retention');
    withDb(fixture.databasePath, (db) =>
      db.prepare('update settings set mail_retention_days = 30').run(),
    );
    const old = [40, 31].map((days) => plantSentMail(fixture.databasePath, days));
    const kept = [29, 1].map((days) => plantSentMail(fixture.databasePath, days));
    // The mail worker purges after each delivery run, and runs once when the server starts.
    await fixture.restart();
    const rowExists = (id: number) =>
      withDb(fixture.databasePath, (db) =>
        db.prepare('select 1 from mail_outbox where id = ?').get(id),
      ) !== undefined;
    for (let tries = 0; tries < 40 && old.some((m) => rowExists(m.id)); tries++) await sleep(500);
    for (const m of old) {
      check.ok(!rowExists(m.id), `mail ${m.id} past retention is still in the outbox`);
      check.ok(!existsSync(m.file), `${m.file} past retention is still on disk`);
    }
    for (const m of kept) {
      check.ok(rowExists(m.id), `mail ${m.id} within retention was deleted`);
      check.ok(existsSync(m.file), `${m.file} within retention was deleted`);
    }
    check.figure(
      `30-day retention: ${old.length} old mails gone with their files, ${kept.length} newer kept`,
    );
    await fixture.app.stop();
  },
};
