// What the corpus left in the database: checked against the comment schema, then shown to staff (the
// moderation queue) and to readers (the post page) in Chromium, where nothing may run.
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@/server/seed';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { commentSchema } from '@/lib/validations/comment';
import { QUEUE_PAGE_SIZE } from '@/lib/validations/moderation';
import { signIn } from '../../bench/sign-in';
import { inTabs, launchChromium, watch } from '../browser';
import { withDb, type StoredComment } from '../db-check';
import { sleep, type Check, type Fixture } from '../harness';

/** Rules a stored comment breaks: the schema's (NUL, controls, lengths, normalization), and forged fields. */
export function storedProblems(rows: StoredComment[], seedPostId: number): string[] {
  const ids = new Set(rows.map((r) => r.id));
  return rows.flatMap((row) => {
    const problems: string[] = [];
    const say = (text: string) => problems.push(`stored comment #${row.id} ${text}`);
    if (row.post_id !== seedPostId) say(`is on post ${row.post_id}`);
    if (row.status === 'approved') say('is approved although the policy holds every comment');
    if (row.user_id !== null || row.moderated_by !== null)
      say('carries a forged user or moderator');
    if (row.parent_id !== null && !ids.has(row.parent_id))
      say(`replies to #${row.parent_id}, not a comment of this run on this post`);
    const parsed = commentSchema.safeParse({
      name: row.author_name,
      email: row.author_email,
      body: row.body,
    });
    if (!parsed.success)
      say(
        `fails the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(', ')}`,
      );
    else if (
      parsed.data.name !== row.author_name ||
      parsed.data.email !== row.author_email ||
      parsed.data.body !== row.body
    )
      say('was stored without the schema’s normalization');
    return problems;
  });
}

/** Every page of the moderation queue that lists the stored comments. */
function queuePages(stored: StoredComment[]): string[] {
  return ['pending', 'spam'].flatMap((status) => {
    const pages = Math.ceil(stored.filter((r) => r.status === status).length / QUEUE_PAGE_SIZE);
    return Array.from(
      { length: pages },
      (_, i) => `/en/admin/comments?status=${status}&page=${i + 1}`,
    );
  });
}

/** Elements that could run script: inline handlers and script URLs (never produced by React for text). */
const scriptableElements = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some(
          (a) =>
            a.name.startsWith('on') ||
            (/^(href|src|action|formaction)$/.test(a.name) &&
              /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)),
        ),
      ).length,
  );

/**
 * How many of the stored comments the page shows. A thread of 1,200 arrives in streamed parts, and
 * on a busy machine the network can fall quiet before the last part is in place: wait up to 30 s
 * for all of them (the count only decides pass or fail once it stops short at the deadline).
 */
async function renderedOf(page: Page, stored: StoredComment[]): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ids = new Set(
      await page.locator('[id^="comment-"]').evaluateAll((els) => els.map((e) => e.id)),
    );
    const shown = stored.filter((r) => ids.has(`comment-${r.id}`)).length;
    if (shown === stored.length || Date.now() > deadline) return shown;
    await sleep(500);
  }
}

export async function renderStored(check: Check, fixture: Fixture, stored: StoredComment[]) {
  const moderator = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!;
  const cookie = await signIn(fixture.app.url, moderator.email, moderator.password);
  const browser = await launchChromium();
  try {
    const staff = await browser.newContext({ baseURL: fixture.app.url });
    await staff.addCookies([
      {
        name: cookie.split('=')[0]!,
        value: cookie.slice(cookie.indexOf('=') + 1),
        url: fixture.app.url,
      },
    ]);
    const queue = queuePages(stored);
    let handlers = 0;
    const { dialogs: staffDialogs } = await inTabs(staff, queue, async (page, route) => {
      await page.goto(route, { waitUntil: 'load' });
      handlers += await scriptableElements(page);
    });
    check.ok(
      handlers === 0,
      `the moderation queue has ${handlers} elements with inline handlers or script URLs`,
    );
    check.ok(
      staffDialogs.length === 0,
      `dialogs in the moderation queue: ${staffDialogs.slice(0, 5).join(' | ')}`,
    );

    withDb(fixture.databasePath, (db) =>
      db
        .prepare(
          `update comments set status = 'approved' where id in (${stored.map((r) => r.id).join(',') || 0})`,
        )
        .run(),
    );
    const app = await fixture.restart();
    const reader = await (await browser.newContext({ baseURL: app.url })).newPage();
    const readerSeen = await watch(reader);
    let shown = 0;
    for (const route of [
      `/en/posts/${SEED_POST_SLUG}`,
      `/ja/posts/${SEED_POST_SLUG}?view=interleaved`,
    ]) {
      await reader.goto(route, { waitUntil: 'networkidle' });
      shown = await renderedOf(reader, stored);
      check.ok(
        shown === stored.length,
        `${route}: ${shown} of ${stored.length} stored comments rendered`,
      );
      const count = await scriptableElements(reader);
      check.ok(count === 0, `${route}: ${count} elements with inline handlers or script URLs`);
    }
    check.ok(
      readerSeen.dialogs.length === 0,
      `dialogs on the post page: ${readerSeen.dialogs.slice(0, 5).join(' | ')}`,
    );
    check.figure(
      `rendered in Chromium: ${queue.length} moderation queue pages, post page with ${shown} comments; dialogs ${staffDialogs.length + readerSeen.dialogs.length}`,
    );
  } finally {
    await browser.close();
  }
}
