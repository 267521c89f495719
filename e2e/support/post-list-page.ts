import type { Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { auditLog, posts } from '@/db/schema';
import type { Db } from '@/db/connection';

/** The owner's post list at /:locale/admin/posts, with its Trash view. */
export class PostListPage {
  constructor(readonly page: Page) {}

  async goto({
    locale = 'en',
    trash = false,
    q,
  }: {
    locale?: string;
    trash?: boolean;
    q?: string;
  }) {
    const query = new URLSearchParams({ ...(trash ? { view: 'trash' } : {}), ...(q ? { q } : {}) });
    return this.page.goto(`/${locale}/admin/posts?${query}`);
  }

  tab(name: RegExp) {
    return this.page
      .getByRole('navigation', { name: /^(Post views|記事の表示)$/ })
      .getByRole('link', { name });
  }

  row(title: string) {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  select(title: string) {
    return this.page.getByRole('checkbox', { name: `Select “${title}”` });
  }

  bulk(name: string) {
    return this.page
      .getByRole('group', { name: 'With the ticked posts:' })
      .getByRole('button', { name, exact: true });
  }

  get notice() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /post|記事/ })
      .first();
  }
}

export const postRow = (db: Db, id: number) =>
  db.select().from(posts).where(eq(posts.id, id)).get();

export const postAudit = (db: Db, id: number) =>
  db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'post'), eq(auditLog.entityId, id)))
    .all()
    .map((r) => r.action);
