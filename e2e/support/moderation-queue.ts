import type { Page } from '@playwright/test';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, comments, users } from '@/db/schema';
import type { Db } from '@/db/connection';

/** The moderators' queue at /:locale/admin/comments. */
export class ModerationQueue {
  constructor(readonly page: Page) {}

  async goto({
    locale = 'en',
    status = 'pending',
    q,
  }: { locale?: string; status?: string; q?: string } = {}) {
    return this.page.goto(
      `/${locale}/admin/comments?${new URLSearchParams({ status, ...(q ? { q } : {}) })}`,
    );
  }

  /** Resolves once the page's script is running, so keyboard shortcuts are heard. */
  async ready() {
    await this.page
      .getByRole('button', {
        name: /^(Press \? for keyboard shortcuts|\? キーでキーボードショートカットを表示)$/,
      })
      .waitFor();
  }

  get list() {
    return this.page.getByRole('list', { name: /^(Comments|コメント一覧)$/ });
  }

  row(text: string) {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  rowButton(text: string, name: string) {
    return this.row(text).getByRole('group').getByRole('button', { name, exact: true });
  }

  bulkButton(name: string) {
    return this.page
      .getByRole('group', { name: 'Bulk actions' })
      .getByRole('button', { name, exact: true });
  }

  get selectAll() {
    return this.page.getByLabel('Select all on this page');
  }

  get message() {
    return this.page.locator('p.queue-message[role="status"]');
  }
}

/** A unique word to find this test's comments among everyone else's. */
export const uniqueToken = () =>
  `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Pending comments on `postId`, as a reader's form would have left them. */
export function addPendingComments(
  db: Db,
  postId: number,
  bodies: string[],
  values: Partial<typeof comments.$inferInsert> = {},
) {
  return bodies.map((body, i) =>
    db
      .insert(comments)
      .values({
        postId,
        authorName: `Reader ${i + 1}`,
        authorEmail: `reader${i + 1}@example.org`,
        body,
        language: 'en',
        reason: 'policy: hold all',
        ...values,
      })
      .returning()
      .get(),
  );
}

export const commentStatus = (db: Db, id: number) =>
  db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)).get()?.status;

export function auditFor(db: Db, ids: number[]) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'comment'), inArray(auditLog.entityId, ids)))
    .all();
}

export const userIdOf = (db: Db, email: string) =>
  db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
