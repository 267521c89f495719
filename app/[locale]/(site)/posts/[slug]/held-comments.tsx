import type { HeldComment } from './use-reader-extras';

/** The reader's own comments awaiting moderation: shown to them alone, as plain text. */
export function HeldComments({ comments, title, badge }: { comments: HeldComment[]; title: string; badge: string }) {
  if (!comments.length) return null;
  return (
    <section className="comments-held" aria-label={title}>
      <ol className="comment-list">
        {comments.map((c) => (
          <li key={c.id} id={`comment-${c.id}`} className="comment pending">
            <article className="comment-card">
              <header className="comment-meta">
                <bdi className="comment-author">{c.authorName}</bdi> <strong className="comment-pending-badge">{badge}</strong>
              </header>
              <div className="comment-text">{c.body}</div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
