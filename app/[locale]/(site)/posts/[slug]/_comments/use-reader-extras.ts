'use client';

import { useEffect, useState } from 'react';
import { READER_HINT_COOKIE } from '@/lib/comments/reader-hint';

export type HeldComment = { id: number; authorName: string; body: string; parentId: number | null };
type Extras = { commenter: { name: string; email: string } | null; pending: HeldComment[] };

/**
 * What only this reader may see, fetched after load so the page itself stays the same for all:
 * their held comments and remembered name and email. Readers who never commented ask nothing.
 */
export function useReaderExtras(slug: string): Extras | null {
  const [extras, setExtras] = useState<Extras | null>(null);
  useEffect(() => {
    if (!document.cookie.split('; ').some((c) => c.startsWith(`${READER_HINT_COOKIE}=`))) return;
    const controller = new AbortController();
    fetch(`/api/posts/${encodeURIComponent(slug)}/comments/mine`, {
      signal: controller.signal,
      cache: 'no-store',
    })
      .then((response) => (response.ok ? (response.json() as Promise<Extras>) : null))
      .then((data) => data && setExtras(data))
      .catch(() => {});
    return () => controller.abort();
  }, [slug]);
  return extras;
}
