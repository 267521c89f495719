// The staff changes readers must see on their very next GET, each made through the admin's own
// server action by the signed-in owner or moderator.
import { postComment, replyId } from './comment-api';
import { categoryOf, postForm, settingsForm } from './bench-db';
import { check, lacks, shows, type Check } from './freshness';
import { actionId, staff, type ActionResult } from './staff-actions';

export type FreshContext = {
  baseUrl: string;
  distDir: string;
  run: string;
  slug: string;
  category: string;
  draftSlug: string;
};

const changed = (result: ActionResult) =>
  result.ok && (result.data as { count?: number } | undefined)?.count !== 0;
const commentId = (id: number) => `id="comment-${id}"`;

/** Approve, edit and delete (trash, then delete for good) a comment on the measured post. */
async function commentChecks(
  ctx: FreshContext,
  moderator: Awaited<ReturnType<typeof staff>>,
): Promise<Array<() => Promise<Check>>> {
  const post = `/ja/posts/${ctx.slug}`;
  const queue = '/ja/admin/comments';
  const action = (name: string) => actionId(ctx.distDir, name, 'admin/comments');
  const marker = `bench-held-${ctx.run}`;
  const reply = await postComment(ctx.baseUrl, ctx.slug, {
    name: 'Fresh reader',
    email: 'fresh@bench.example',
    body: `Held ${marker}`,
  });
  const id = replyId(reply);
  if (id === undefined)
    throw new Error(`posting a held comment failed: ${reply.status} ${reply.text.slice(0, 200)}`);
  const edited = `bench-edited-${ctx.run}`;
  return [
    () =>
      check(
        'Approve a comment (moderation queue)',
        ctx.baseUrl,
        [
          {
            path: post,
            what: 'shows it',
            test: (p) => shows(marker)(p) && p.html.includes(commentId(id)),
          },
        ],
        async () =>
          changed(
            await moderator.call(queue, action('moderateAction'), { ids: [id], action: 'approve' }),
          ),
      ),
    () =>
      check(
        'Edit a comment',
        ctx.baseUrl,
        [
          {
            path: post,
            what: 'shows the new text',
            test: (p) => shows(edited)(p) && lacks(marker)(p),
          },
        ],
        async () =>
          changed(
            await moderator.call(queue, action('editAction'), { id, body: `Edited ${edited}` }),
          ),
      ),
    () =>
      check(
        'Delete a comment (trash, then delete for good)',
        ctx.baseUrl,
        [
          {
            path: post,
            what: 'lacks it',
            test: (p) => p.status === 200 && !p.html.includes(commentId(id)) && lacks(edited)(p),
          },
        ],
        async () =>
          changed(
            await moderator.call(queue, action('moderateAction'), { ids: [id], action: 'trash' }),
          ) &&
          changed(
            await moderator.call(queue, action('deleteAction'), { ids: [id], confirm: 'yes' }),
          ),
      ),
  ];
}

/** Save a post with a new title; take a post off the site; rename a category; retitle the blog. */
function ownerChecks(
  ctx: FreshContext,
  owner: Awaited<ReturnType<typeof staff>>,
): Array<() => Promise<Check>> {
  const post = `/ja/posts/${ctx.slug}`;
  const categoryPage = `/ja/categories/${ctx.category}`;
  const savePost = actionId(ctx.distDir, 'savePostAction', 'admin/posts/actions');
  const title = `Night library ${ctx.run}`;
  const name = `Culture ${ctx.run}`;
  const blogTitle = `Taiyaku bench ${ctx.run}`;
  return [
    () =>
      check(
        'Save a post (new title)',
        ctx.baseUrl,
        [
          { path: post, what: 'shows the title', test: shows(title) },
          { path: '/ja', what: 'lists the title', test: shows(title) },
        ],
        () => {
          const { id, values } = postForm(ctx.slug);
          return owner.call(`/ja/admin/posts/${id}/edit`, savePost, {
            id,
            post: {
              ...values,
              translations: { ...values.translations, ja: { ...values.translations.ja!, title } },
            },
          });
        },
      ),
    () =>
      check(
        'Take a post off the site (back to draft; the app has no post delete)',
        ctx.baseUrl,
        [
          {
            path: `/ja/posts/${ctx.draftSlug}`,
            what: 'is gone (404)',
            test: (p) => p.status === 404,
          },
          {
            path: '/ja',
            what: 'drops its link',
            test: (p) => p.status === 200 && !p.html.includes(`/ja/posts/${ctx.draftSlug}"`),
          },
        ],
        () => {
          const { id, values } = postForm(ctx.draftSlug);
          return owner.call(`/ja/admin/posts/${id}/edit`, savePost, {
            id,
            post: { ...values, status: 'draft' },
          });
        },
      ),
    () =>
      check(
        'Rename a category',
        ctx.baseUrl,
        [
          { path: categoryPage, what: 'shows the name', test: shows(name) },
          { path: post, what: 'shows the name', test: shows(name) },
        ],
        () => {
          const { id, slug, names } = categoryOf(ctx.category);
          return owner.call(
            '/ja/admin/categories',
            actionId(ctx.distDir, 'saveCategoryAction', 'admin/categories'),
            { id, slug, names: { ...names, ja: name } },
          );
        },
      ),
    () =>
      check(
        'Change a setting (blog title)',
        ctx.baseUrl,
        [
          { path: '/ja', what: 'shows the title', test: shows(blogTitle) },
          { path: post, what: 'shows the title', test: shows(blogTitle) },
        ],
        () => {
          const values = settingsForm();
          return owner.call(
            '/ja/admin/settings',
            actionId(ctx.distDir, 'saveSettingsAction', 'admin/settings'),
            { ...values, titles: { ...values.titles, ja: blogTitle } },
          );
        },
      ),
  ];
}

/**
 * A change to pages nobody has read for longer than their s-maxage (the usual case on a quiet blog):
 * their copies are stale by time as well as expired by the change.
 */
export function agedCheck(
  ctx: FreshContext,
  paths: string[],
  ageSeconds = 65,
): () => Promise<Check> {
  const blogTitle = `Taiyaku aged ${ctx.run}`;
  return async () => {
    const owner = await staff(ctx.baseUrl, 'owner');
    const action = actionId(ctx.distDir, 'saveSettingsAction', 'admin/settings');
    const expects = paths.map((path) => ({
      path,
      what: 'shows the title',
      test: shows(blogTitle),
    }));
    return check(
      `Change a setting on pages last rendered ${ageSeconds} s before (past s-maxage)`,
      ctx.baseUrl,
      expects,
      () => {
        const values = settingsForm();
        return owner.call('/ja/admin/settings', action, {
          ...values,
          titles: { ...values.titles, ja: blogTitle },
        });
      },
      { ageSeconds },
    );
  };
}

export async function staffChecks(ctx: FreshContext): Promise<Array<() => Promise<Check>>> {
  const [moderator, owner] = [
    await staff(ctx.baseUrl, 'moderator'),
    await staff(ctx.baseUrl, 'owner'),
  ];
  return [...(await commentChecks(ctx, moderator)), ...ownerChecks(ctx, owner)];
}
