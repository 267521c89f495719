import { Fragment } from 'react';
import { linkSegments, paragraphs } from '@/lib/comments/links';

/**
 * A comment's body as React nodes: paragraphs at blank lines, line breaks kept, http(s) URLs as
 * links search engines do not follow. Text is never parsed as HTML.
 */
export function CommentText({ body }: { body: string }) {
  return (
    <>
      {paragraphs(body).map((lines, p) => (
        <p key={p}>
          {lines.map((line, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              {linkSegments(line).map((segment, s) =>
                segment.kind === 'link' ? (
                  <a key={s} href={segment.href} rel="nofollow ugc noopener" dir="ltr">
                    {segment.text}
                  </a>
                ) : (
                  <Fragment key={s}>{segment.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

/** An author's name isolated from the text around it, so right-to-left or override characters stay inside. */
export function AuthorName({ name }: { name: string }) {
  return <bdi className="comment-author-name">{name}</bdi>;
}
