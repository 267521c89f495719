import type { CommentStatus } from '@/db/schema';

/** One comment as the queue's client components receive it: plain, already formatted values. */
export type QueueItem = {
  id: number;
  authorName: string;
  authorEmail: string;
  staff: boolean;
  body: string;
  language: string;
  status: CommentStatus;
  /** Why the policy held it, already in the UI language; null when there is nothing to explain. */
  reason: string | null;
  time: string;
  iso: string;
  postTitle: string;
  postHref: string;
  parent: { authorName: string; body: string } | null;
  approvedBefore: number;
};
