'use client';

import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { AuthorName, CommentText } from '@/components/comment-text';
import type { HeldComment } from './use-reader-extras';

type Labels = { title: string; badge: string };

function HeldItem({ comment: c, badge }: { comment: HeldComment; badge: string }) {
  return (
    <li id={`comment-${c.id}`} className="comment pending">
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
  );
}

const noChange = () => () => {};
const onClient = () => true;
const onServer = () => false;

/** The comment a held reply answers, when it is on the page (approved and shown). */
const parentOf = (c: HeldComment) =>
  c.parentId === null ? null : document.getElementById(`comment-${c.parentId}`);

/**
 * The reader's own comments awaiting moderation: shown to them alone, rendered like any comment.
 * A reply sits in its thread, under the comment it answers; the rest at the end of the thread.
 * Only after mount (these come from the reader's own request, never the cached page).
 */
export function HeldComments({ comments, title, badge }: { comments: HeldComment[] } & Labels) {
  const mounted = useSyncExternalStore(noChange, onClient, onServer);
  const threaded = mounted ? comments.filter((c) => parentOf(c)) : [];
  const flat = comments.filter((c) => !threaded.includes(c));
  return (
    <>
      {threaded.map((c) =>
        createPortal(
          <ol className="comment-list" aria-label={title}>
            <HeldItem comment={c} badge={badge} />
          </ol>,
          parentOf(c)!,
          `held-${c.id}`,
        ),
      )}
      {flat.length > 0 && (
        <section className="comments-held" aria-label={title}>
          <ol className="comment-list">
            {flat.map((c) => (
              <HeldItem key={c.id} comment={c} badge={badge} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
