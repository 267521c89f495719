import { asc, eq } from 'drizzle-orm';
import { blocks, comments, posts, revisions } from '@/db/schema';
import { wxrDocument, wxrItem } from '@/lib/import/wxr/test-doc';
import { BLOCKS_MAX, READING_VIEWS } from '@/lib/model';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { PostListPage } from './support/post-list-page';
import { unique } from './support/posts';

// The rule: nothing an import accepts may make a page answer 500. An export at and past the
// limits (a reply chain longer than SQLite's 1,000 cascade levels, a post at the block limit, one
// over it) is imported, then every public and admin URL of what it created is fetched.
const CHAIN = 1200;

const comment = (id: number, parent: number) =>
  `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>Reader ${id}</wp:comment_author>` +
  `<wp:comment_author_email>r${id}@example.org</wp:comment_author_email>` +
  `<wp:comment_date_gmt>2024-01-16 00:00:00</wp:comment_date_gmt><wp:comment_content>Reply ${id}</wp:comment_content>` +
  `<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Line ${i}.</p>`).join('');

function hostileExport(tag: string) {
  const base = Number.parseInt(tag.slice(-6), 16);
  const chain = Array.from({ length: CHAIN }, (_, i) => comment(base + i + 1, i ? base + i : 0));
  return wxrDocument([
    wxrItem({ id: base, title: `Deep ${tag}`, content: '<p>Text.</p>', extra: chain.join('') }),
    wxrItem({ id: base + 1, title: `Full ${tag}`, content: paragraphs(BLOCKS_MAX) }),
    wxrItem({ id: base + 2, title: `Over ${tag}`, content: paragraphs(BLOCKS_MAX + 1) }),
  ]);
}

test('an import at the limits leaves no URL answering 5xx, and its posts can be deleted', async ({
  page,
  db,
}) => {
  test.setTimeout(240_000);
  const tag = unique('crawl');
  await signInAs(page, 'owner', { next: '/en/admin/posts' });
  const res = await page.request.post('/api/import', {
    multipart: {
      format: 'wxr',
      language: 'en',
      file: { name: 'hostile.xml', mimeType: 'text/xml', buffer: Buffer.from(hostileExport(tag)) },
    },
    timeout: 200_000,
  });
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as {
    data: { posts: { slug: string; id: number; title: string }[]; errors: { message: string }[] };
  };
  expect(data.posts.map((p) => p.title)).toEqual([`Deep ${tag}`, `Full ${tag}`]);
  expect(data.errors).toEqual([
    { line: expect.any(Number), message: expect.stringContaining(`at most ${BLOCKS_MAX}`) },
  ]);

  const urls: string[] = [
    '/en/feed.xml',
    '/en/comments/feed.xml',
    '/en/admin/comments',
    '/en/admin/posts',
  ];
  for (const { id, slug } of data.posts) {
    const first = db
      .select()
      .from(comments)
      .where(eq(comments.postId, id))
      .orderBy(asc(comments.id))
      .get();
    const block = db
      .select()
      .from(blocks)
      .where(eq(blocks.postId, id))
      .orderBy(asc(blocks.position))
      .get()!;
    const revision = db.select().from(revisions).where(eq(revisions.postId, id)).get()!;
    for (const locale of ['en', 'ja']) urls.push(`/${locale}/posts/${slug}`);
    for (const view of READING_VIEWS) urls.push(`/en/posts/${slug}/as/${view}/en`);
    urls.push(`/api/posts/${slug}/comments`, `/en/posts/${slug}/suggest/${block.id}/ja`);
    if (first)
      urls.push(`/en/posts/${slug}/reply/${first.id}`, `/en/posts/${slug}?replyto=${first.id}`);
    for (const admin of ['edit', 'preview', 'revisions', `revisions/${revision.id}`])
      urls.push(`/en/admin/posts/${id}/${admin}`);
  }
  for (const url of urls) {
    const answer = await page.request.get(url, { timeout: 60_000 });
    expect(answer.status(), url).toBeLessThan(500);
  }
  // The whole chain is shown, nested no deeper than the blog's thread depth (3).
  type Node = { depth: number; replies: Node[] };
  const answer = await page.request.get(`/api/posts/${data.posts[0]!.slug}/comments`);
  const stack = ((await answer.json()) as { comments: Node[] }).comments;
  let count = 0;
  for (let node = stack.pop(); node; node = stack.pop()) {
    count++;
    expect(node.depth).toBeLessThanOrEqual(3);
    stack.push(...node.replies);
  }
  expect(count).toBe(CHAIN);

  const list = new PostListPage(page);
  await list.goto({ q: tag });
  for (const p of data.posts) await list.select(p.title).check();
  await list.bulk('Move to trash').click();
  await expect(list.notice).toHaveText(/^2 posts moved to the trash/);
  await list.goto({ trash: true, q: tag });
  for (const p of data.posts) await list.select(p.title).check();
  await list.bulk('Delete permanently').click();
  // The list's bulk button has the same name: click the confirmation page's only once it is shown.
  await expect(page.getByRole('heading', { name: 'Delete permanently?' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(list.notice).toHaveText(/^2 posts deleted permanently/);
  expect(db.select().from(posts).where(eq(posts.id, data.posts[0]!.id)).get()).toBeUndefined();
});
