import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { getApprovedComments, getOwnUnapprovedComments } from '@/db/queries/comments';
import { getSettings } from '@/db/queries/settings';
import { COMMENTER_COOKIE, OWN_COMMENTS_COOKIE, readCommenter, readOwnIds } from '@/lib/comments/cookies';
import { commentsClosed } from '@/lib/comments/policy';
import { buildThread, findInThread } from '@/lib/comments/thread';
import type { Locale } from '@/lib/i18n/config';
import { getTranslator, MESSAGES } from '@/lib/i18n/translate';
import { postComment } from './comment-actions';
import { CommentForm } from './comment-form';
import { CommentList, type ListedComment } from './comment-list';
import { ReplyProvider } from './comment-reply';
import './comment-styles.css';

type Props = {
  post: { id: number; slug: string; commentsOpen: boolean; publishedAt: Date | null };
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const byTime = (a: ListedComment, b: ListedComment) => +new Date(a.createdAt) - +new Date(b.createdAt) || a.id - b.id;

/**
 * The post's comments and form. Read per request, not from the post cache: a moderator's
 * approval shows at once, and the reader's own held comments (signed cookie) are rendered for
 * them alone, so nobody else's page or payload ever holds that text.
 */
export async function CommentSection({ post, locale, searchParams }: Props) {
  const t = getTranslator(locale);
  const settings = getSettings();
  const [jar, query] = await Promise.all([cookies(), searchParams]);
  const approved = getApprovedComments({ postId: post.id });
  const own = getOwnUnapprovedComments({ postId: post.id, ids: readOwnIds(jar.get(OWN_COMMENTS_COOKIE)?.value) });
  const thread = buildThread<ListedComment>([...approved, ...own].sort(byTime));
  const closed = commentsClosed(post, settings.closeCommentsAfterDays);

  const href = (replyto?: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'replyto'));
    if (replyto) params.set('replyto', String(replyto));
    return `/${locale}/posts/${post.slug}${params.size ? `?${params}` : ''}#respond`;
  };
  const canReply = (c: { depth: number; pending?: true }) => !closed && !c.pending && c.depth < settings.threadDepth;
  const target = typeof query.replyto === 'string' ? findInThread(thread, Number(query.replyto)) : undefined;

  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('comments.title', { count: approved.length })}</h2>
      <ReplyProvider initial={target && canReply(target) ? { id: target.id, name: target.authorName } : null}>
        {thread.length ? (
          <CommentList nodes={thread} locale={locale} t={t} timeZone={settings.timeZone} replyHref={(c) => (canReply(c) ? href(c.id) : null)} />
        ) : (
          <p className="comments-empty">{t('comments.empty')}</p>
        )}
        {closed ? (
          <p className="comments-closed">{t('comments.closed')}</p>
        ) : (
          <CommentForm
            action={postComment.bind(null, post.slug, locale)}
            messages={MESSAGES[locale].comments}
            idempotencyKey={randomUUID()}
            remembered={readCommenter(jar.get(COMMENTER_COOKIE)?.value)}
            cancelHref={href()}
          />
        )}
      </ReplyProvider>
    </section>
  );
}
