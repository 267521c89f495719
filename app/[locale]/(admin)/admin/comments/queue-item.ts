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
  reason: string | null;
  time: string;
  iso: string;
  postTitle: string;
  postHref: string;
  parent: { authorName: string; body: string } | null;
  approvedBefore: number;
};
