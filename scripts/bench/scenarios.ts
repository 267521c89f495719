// The write scenarios: unique comments through the JSON API, and approvals that expire the public pages.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Request } from 'autocannon';
import { openDb } from '@/db/connection';
import { comments, posts } from '@/db/schema';
import { commentsPath, jsonHeaders } from './comment-api';
import { actionId, staff } from './staff-actions';

const run = randomUUID().slice(0, 8);
let sequence = 0;

const comment = (label: string) => ({
  name: 'Bench reader',
  email: 'bench@bench.example',
  body: `${label} ${run}-${++sequence}: thank you for the translation.`,
  idempotencyKey: `bench-${run}-${sequence}`,
});

/** autocannon requests that each POST a new comment with its own idempotency key. */
export function commentRequests(baseUrl: string, slug: string): Request[] {
  return [
    {
      method: 'POST',
      path: commentsPath(slug),
      headers: jsonHeaders(baseUrl),
      setupRequest: (request) => ({ ...request, body: JSON.stringify(comment('Bench comment')) }),
    },
  ];
}

function pendingIds(databasePath: string, slug: string): number[] {
  const db = openDb(databasePath, { migrate: false });
  try {
    return db
      .select({ id: comments.id })
      .from(comments)
      .innerJoin(posts, eq(posts.id, comments.postId))
      .where(and(eq(posts.slug, slug), eq(comments.status, 'pending')))
      .orderBy(asc(comments.id))
      .all()
      .map((r) => r.id);
  } finally {
    db.$client.close();
  }
}

/** Approves one held comment per call; returns its id, or null when that failed. */
export type Approver = { how: string; approve: () => Promise<number | null> };

/**
 * Approvals as readers meet them: the moderation queue's server action, called by a signed-in
 * moderator (it updates the row and expires the public pages).
 */
export async function approver(
  baseUrl: string,
  databasePath: string,
  distDir: string,
  slug: string,
): Promise<Approver> {
  const id = actionId(distDir, 'moderateAction', 'admin/comments');
  const queue = pendingIds(databasePath, slug);
  const moderator = await staff(baseUrl, 'moderator');
  const approve = async () => {
    const comment = queue.shift();
    if (comment === undefined) return null;
    return (await moderator.call('/ja/admin/comments', id, { ids: [comment], action: 'approve' }))
      .ok
      ? comment
      : null;
  };
  return { how: 'moderation queue action', approve };
}

/**
 * Starts an approval every `everyMs` on a fixed schedule (at most 4 in flight, so a saturated server
 * is not buried), until stopped; resolves with how many went through.
 */
export function approvalLoop(approve: Approver['approve'], everyMs: number) {
  let approved = 0;
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    if (inFlight.size >= 4) return;
    const done: Promise<void> = approve()
      .then((id) => void (id !== null && approved++))
      .catch(() => undefined)
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  }, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return approved;
    },
  };
}
