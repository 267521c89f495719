'use client';

import { createContext, use, useState, type ReactNode } from 'react';

export type ReplyTarget = { id: number; name: string } | null;
type ReplyState = {
  reply: ReplyTarget;
  setReply: (reply: ReplyTarget) => void;
  /** The target the page was rendered with (`?replyto=`). */
  initial: ReplyTarget;
};

const ReplyContext = createContext<ReplyState>({ reply: null, setReply: () => {}, initial: null });

/** Which comment the form answers. Starts from `?replyto=` (the no-JavaScript path). */
export function ReplyProvider({
  initial,
  children,
}: {
  initial: ReplyTarget;
  children: ReactNode;
}) {
  const [reply, setReply] = useState(initial);
  return <ReplyContext value={{ reply, setReply, initial }}>{children}</ReplyContext>;
}

export const useReply = () => use(ReplyContext);

/** A link that reloads the page in reply mode without JavaScript; with it, switches the form in place. */
export function ReplyLink({
  target,
  href,
  label,
  children,
}: {
  target: NonNullable<ReplyTarget>;
  href: string;
  label: string;
  children: ReactNode;
}) {
  const { setReply } = useReply();
  return (
    <a
      href={href}
      className="comment-reply-link"
      aria-label={label}
      onClick={(event) => {
        event.preventDefault();
        setReply(target);
        // Typed text stays; the reader continues in the form.
        document.getElementById('comment-body')?.focus();
      }}
    >
      {children}
    </a>
  );
}
