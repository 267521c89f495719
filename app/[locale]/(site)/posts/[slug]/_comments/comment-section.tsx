import { getApprovedComments } from '@/db/queries/comments';
import { getSettings } from '@/db/queries/settings';
import { commentsClosed } from '@/lib/comments/policy';
import { languageCounts } from '@/lib/comments/language-name';
import { buildThread, findInThread } from '@/lib/comments/thread';
import type { Locale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';
import { COMMENT_ERRORS } from '@/lib/validations/comment';
import { ClientMessages } from '@/components/client-messages';
import { postComment } from './comment-actions';
import { CommentForm } from './comment-form';
import { CommentLanguageFilter, FilterStyle } from './comment-language-filter';
import { CommentList, type ListedComment } from './comment-list';
import { ReplyProvider } from './comment-reply';
import './comment-styles.css';

// What the form can show: the schema's errors, the reply checks and its summary line.
const FORM_ERRORS = [...COMMENT_ERRORS, 'tooDeep', 'fixFields'] as const;

type Props = {
  post: { id: number; slug: string; commentsOpen: boolean; publishedAt: Date | null };
  locale: Locale;
  path: string;
  /** The comment answered by the no-JavaScript reply form (`?replyto=`). */
  replyTo?: number;
  /** The CSP nonce of a page rendered per request (cached pages allow the filter's style by hash). */
  nonce?: string;
  /** A password or private post: its comments are shown, but not taken (isPublic refuses them). */
  readOnly?: boolean;
};

/**
 * The post's approved comments and the form. The same for every reader, so the page can be cached:
 * the reader's own held comments and remembered name come to the form from a no-store endpoint
 * after load, and the answer to a post (with or without JavaScript) shows what was held.
 */
export function CommentSection({ post, locale, path, replyTo, nonce, readOnly }: Props) {
  const t = getTranslator(locale);
  const settings = getSettings();
  const approved = getApprovedComments({ postId: post.id });
  const thread = buildThread<ListedComment>(approved, settings.threadDepth);
  const closed = readOnly || commentsClosed(post, settings.closeCommentsAfterDays);
  const canReply = (c: { depth: number }) => !closed && c.depth < settings.threadDepth;
  const target = replyTo ? findInThread(thread, replyTo) : undefined;
  const languages = languageCounts(approved, settings.languages);

  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('comments.title', { count: approved.length })}</h2>
      <FilterStyle languages={languages.map((l) => l.language)} nonce={nonce} />
      <ReplyProvider
        initial={target && canReply(target) ? { id: target.id, name: target.authorName } : null}
      >
        <CommentLanguageFilter t={t} total={approved.length} languages={languages} />
        {thread.length ? (
          <CommentList
            nodes={thread}
            locale={locale}
            t={t}
            timeZone={settings.timeZone}
            replyHref={(c) => (canReply(c) ? `${path}?replyto=${c.id}#respond` : null)}
          />
        ) : (
          <p className="comments-empty">{t('comments.empty')}</p>
        )}
        {closed ? (
          <p className="comments-closed">{t('comments.closed')}</p>
        ) : (
          <ClientMessages
            locale={locale}
            namespaces={['comments']}
            errors={FORM_ERRORS}
            timeZone={settings.timeZone}
          >
            <CommentForm
              action={postComment.bind(null, post.slug, locale)}
              slug={post.slug}
              cancelHref={`${path}#respond`}
            />
          </ClientMessages>
        )}
      </ReplyProvider>
    </section>
  );
}
