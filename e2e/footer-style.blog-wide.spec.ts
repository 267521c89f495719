import { eq } from 'drizzle-orm';
import { settings } from '@/db/schema';
import { addApproved, commentTestPost } from './support/comment-form';
import { expect, test } from './support/fixtures';

// Runs alone after every other spec (playwright.config.ts, project blog-wide): the footer style is
// a blog-wide setting that every page shows.
test('the footer line: Seesaa words on /ja by default, the page language when the owner picks localized', async ({
  page,
  db,
}) => {
  const post = commentTestPost(db);
  addApproved(db, post.id, 'One comment');
  const meta = page.locator('.post-header .post-meta');
  await page.goto(`/ja/posts/${post.slug}`);
  await expect(meta).toContainText(/^posted by .+ at .+ \| Comment\(1\) \| 未分類$/);
  try {
    db.update(settings).set({ footerStyle: 'localized' }).where(eq(settings.id, 1)).run();
    await page.goto(`/ja/posts/${post.slug}`);
    await expect(meta).toHaveText(/^投稿者 .+ 時刻 .+ \| コメント\(1\) \| 未分類$/);
    await page.goto(`/en/posts/${post.slug}`);
    await expect(meta).toHaveText(/^posted by .+ at .+ \| Comment \(1\) \| Uncategorized$/);
  } finally {
    db.update(settings).set({ footerStyle: 'seesaa' }).where(eq(settings.id, 1)).run();
  }
  await page.goto(`/en/posts/${post.slug}`);
  await expect(meta).toHaveText(/^posted by .+ at .+ \| Comment\(1\) \| Uncategorized$/);
});
