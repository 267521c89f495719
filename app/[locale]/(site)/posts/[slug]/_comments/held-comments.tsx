import { AuthorName, CommentText } from '@/components/comment-text';
import type { HeldComment } from './use-reader-extras';

/** The reader's own comments awaiting moderation: shown to them alone, rendered like any comment. */
export function HeldComments({
  comments,
  title,
  badge,
}: {
  comments: HeldComment[];
  title: string;
  badge: string;
}) {
  if (!comments.length) return null;
  return (
    <section className="comments-held" aria-label={title}>
      <ol className="comment-list">
        {comments.map((c) => (
          <li key={c.id} id={`comment-${c.id}`} className="comment pending">
            <article className="comment-card">
              <header className="comment-meta">
                <AuthorName name={c.authorName} />{' '}
                <strong className="comment-pending-badge">{badge}</strong>
              </header>
              <div className="comment-text">
                <CommentText body={c.body} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
