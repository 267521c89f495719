import type { PublicComment } from '@/db/queries/comments';
import { AuthorName, CommentText } from '@/components/comment-text';
import type { ThreadNode } from '@/lib/comments/thread';
import { autonym } from '@/lib/comments/language-name';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { ReplyLink } from './comment-reply';

export type ListedComment = PublicComment & { pending?: true };

/** The comment's language as a small tag, named in that language; the prefix is for screen readers. */
function LanguageTag({ language, t }: { language: string; t: Translate }) {
  return (
    <span className="comment-lang">
      <span className="visually-hidden">{t('thread.writtenIn')} </span>
      <span lang={language}>{autonym(language)}</span>
    </span>
  );
}
type Props = {
  nodes: ThreadNode<ListedComment>[];
  locale: Locale;
  t: Translate;
  timeZone: string;
  /** The reply link for a comment, or null where replies are not allowed (too deep, closed). */
  replyHref: (comment: ThreadNode<ListedComment>) => string | null;
};

/** The thread as nested lists; the reader's own held comments are marked as visible only to them. */
export function CommentList({ nodes, locale, t, timeZone, replyHref }: Props) {
  return (
    <ol className="comment-list">
      {nodes.map((comment) => {
        const href = comment.pending ? null : replyHref(comment);
        const created = new Date(comment.createdAt);
        return (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            className={comment.pending ? 'comment pending' : 'comment'}
          >
            <article className="comment-card" data-lang={comment.language}>
              <header className="comment-meta">
                <AuthorName name={comment.authorName} />
                {comment.staff && <span className="comment-staff-badge">{t('thread.staff')}</span>}
                <LanguageTag language={comment.language} t={t} />
                <a
                  href={`#comment-${comment.id}`}
                  className="comment-time"
                  title={t('comments.permalink')}
                >
                  <time dateTime={created.toISOString()}>
                    {formatDateTime(created, locale, timeZone)}
                  </time>
                </a>
                {comment.pending && (
                  <strong className="comment-pending-badge">{t('comments.pendingBadge')}</strong>
                )}
              </header>
              <div className="comment-text" lang={comment.language}>
                <CommentText body={comment.body} />
              </div>
              {href && (
                <ReplyLink
                  target={{ id: comment.id, name: comment.authorName }}
                  href={href}
                  label={t('comments.replyTo', { name: comment.authorName })}
                >
                  {t('comments.reply')}
                </ReplyLink>
              )}
            </article>
            {comment.replies.length > 0 && (
              <CommentList
                nodes={comment.replies}
                locale={locale}
                t={t}
                timeZone={timeZone}
                replyHref={replyHref}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
