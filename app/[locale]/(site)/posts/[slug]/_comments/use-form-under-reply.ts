'use client';

import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { ReplyTarget } from './comment-reply';

/**
 * As WordPress does: while the reader answers a comment, the form itself moves under it (the
 * same element, so what was typed stays), and goes back to its home when the reply is cancelled
 * or sent. Only the form moves, and it is its home's only child, so React, which keeps updating
 * it by reference, never inserts anything next to it where it no longer is. Without JavaScript
 * the `?replyto=` page keeps the form at the bottom.
 */
export function useFormUnderReply(
  formRef: RefObject<HTMLFormElement | null>,
  reply: ReplyTarget,
): RefObject<HTMLDivElement | null> {
  const homeRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useLayoutEffect(() => {
    const form = formRef.current;
    const home = homeRef.current;
    if (!form || !home) return;
    const card = reply ? document.querySelector(`#comment-${reply.id} > .comment-card`) : null;
    if (card) card.after(form);
    // Moving a focused field blurs it: the reader goes on typing where the form now is.
    if (moved.current || card) form.querySelector<HTMLElement>('#comment-body')?.focus();
    moved.current = !!card;
    return () => {
      if (form.parentElement !== home) home.append(form);
    };
  }, [formRef, reply]);
  return homeRef;
}
