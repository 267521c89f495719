import { signInAs } from './support/auth';
import { commentTestPost } from './support/comment-form';
import { expect, test } from './support/fixtures';
import { addPendingComments, ModerationQueue, uniqueToken } from './support/moderation-queue';
import { postAudit, PostListPage, postRow } from './support/post-list-page';

test('the owner trashes a post (public 404 at once, its comments go too), restores it, then deletes it for good', async ({
  page,
  request,
  db,
}) => {
  const post = commentTestPost(db);
  const title = `Comment test ${post.slug}`;
  const token = uniqueToken();
  addPendingComments(db, post.id, [`Held on a post to trash ${token}`]);
  // Readers have it cached before the trash.
  expect((await request.get(`/en/posts/${post.slug}`)).status()).toBe(200);
  expect((await request.get(`/api/posts/${post.slug}/comments`)).status()).toBe(200);

  await signInAs(page, 'owner', { next: `/en/admin/posts?q=${post.slug}` });
  const list = new PostListPage(page);
  await list
    .row(title)
    .getByRole('button', { name: `Move “${title}” to the trash` })
    .click();
  await expect(list.notice).toHaveText(/^1 post moved to the trash/);
  expect(postRow(db, post.id)?.deletedAt).toBeInstanceOf(Date);

  expect((await request.get(`/en/posts/${post.slug}`)).status()).toBe(404);
  expect((await request.get(`/ja/posts/${post.slug}`)).status()).toBe(404);
  expect((await request.get(`/api/posts/${post.slug}/comments`)).status()).toBe(404);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(post.slug);
  const queue = new ModerationQueue(page);
  await queue.goto({ q: token });
  await expect(queue.row(token)).toHaveCount(0);

  await list.goto({ trash: true, q: post.slug });
  await expect(list.tab(/^Trash \(\d+\)$/)).toHaveAttribute('aria-current', 'page');
  await list
    .row(title)
    .getByRole('button', { name: `Restore “${title}”` })
    .click();
  await expect(list.notice).toHaveText(/^1 post restored/);
  expect((await request.get(`/en/posts/${post.slug}`)).status()).toBe(200);
  await queue.goto({ q: token });
  await expect(queue.row(token)).toHaveCount(1);

  // Trash again, then delete permanently from the bulk bar: a confirmation page comes first.
  await list.goto({ q: post.slug });
  // The page may still be settling from the last notice: act once the list asked for is shown.
  await expect(page).toHaveURL(new RegExp(`q=${post.slug}`));
  await list.select(title).check();
  await list.bulk('Move to trash').click();
  await expect(list.notice).toHaveText(/^1 post moved to the trash/);
  await list.goto({ trash: true, q: post.slug });
  await expect(list.tab(/^Trash \(\d+\)$/)).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveURL(new RegExp(`q=${post.slug}`));
  await list.select(title).check();
  await list.bulk('Delete permanently').click();
  await expect(page.getByRole('heading', { name: 'Delete permanently?' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: post.slug })).toBeVisible();
  expect(postRow(db, post.id)).toBeDefined();
  await page.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(list.notice).toHaveText(/^1 post deleted permanently/);
  expect(postRow(db, post.id)).toBeUndefined();
  expect(postAudit(db, post.id)).toEqual([
    'post.trash',
    'post.restore',
    'post.trash',
    'post.delete',
  ]);
});

test('bulk trash moves every ticked post and leaves the rest; the confirmation page deletes nothing by itself', async ({
  page,
  request,
  db,
}) => {
  const a = commentTestPost(db);
  const b = commentTestPost(db);
  const c = commentTestPost(db);
  const marker = a.slug.split('-')[0]!;
  await signInAs(page, 'owner', { next: `/en/admin/posts?q=${marker}` });
  const list = new PostListPage(page);
  await list.select(`Comment test ${a.slug}`).check();
  await list.select(`Comment test ${b.slug}`).check();
  await list.bulk('Move to trash').click();
  await expect(list.notice).toHaveText(/^2 posts moved to the trash/);
  for (const p of [a, b]) expect((await request.get(`/en/posts/${p.slug}`)).status()).toBe(404);
  expect((await request.get(`/en/posts/${c.slug}`)).status()).toBe(200);

  // Opening the confirmation (a GET, as a link would) leaves the posts in the trash; a live post
  // is not offered for deletion at all.
  await page.goto(`/en/admin/posts/delete?ids=${a.id},${c.id}`);
  await expect(page.getByRole('listitem').filter({ hasText: a.slug })).toBeVisible();
  await expect(page.getByText(c.slug)).toHaveCount(0);
  expect(postRow(db, a.id)?.deletedAt).toBeInstanceOf(Date);
  expect(postRow(db, c.id)?.deletedAt).toBeNull();
});

test('a moderator sees the post list without trash controls and cannot open the delete confirmation', async ({
  page,
}) => {
  await signInAs(page, 'moderator', { next: '/en/admin/posts' });
  await expect(page.getByRole('navigation', { name: 'Post views' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /to the trash$/ })).toHaveCount(0);
  const response = await page.goto('/en/admin/posts/delete?ids=1');
  expect(response?.status()).toBe(403);
});
