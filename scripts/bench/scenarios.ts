// The write scenarios: unique comments through the JSON API, and approvals that expire a post's cache.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Request } from 'autocannon';
import { openDb } from '@/db/connection';
import { comments, posts, settings, type CommentPolicy } from '@/db/schema';
import { commentsPath, jsonHeaders, postComment, replyId } from './comment-api';
import { moderateActionId, moderator } from './moderation';

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

function withDb<T>(databasePath: string, fn: (db: ReturnType<typeof openDb>) => T): T {
  const db = openDb(databasePath, { migrate: false });
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

/** The blog's comment policy, changed in the bench database (settings are read per request). */
export function setPolicy(databasePath: string, commentPolicy: CommentPolicy) {
  withDb(databasePath, (db) => db.update(settings).set({ commentPolicy }).where(eq(settings.id, 1)).run());
}

function pendingIds(databasePath: string, slug: string): number[] {
  return withDb(databasePath, (db) =>
    db.select({ id: comments.id }).from(comments).innerJoin(posts, eq(posts.id, comments.postId))
      .where(and(eq(posts.slug, slug), eq(comments.status, 'pending'))).orderBy(asc(comments.id)).all().map((r) => r.id),
  );
}

/** Approves one comment per call; returns its id, or null when that failed. */
export type Approver = { how: string; approve: () => Promise<number | null> };

/**
 * Approvals as readers meet them: the moderation queue's server action when the build has it (it
 * updates the row and expires the post's cache); otherwise a comment posted under the approve-all
 * policy, which the API approves and expires the same way.
 */
export async function approver(baseUrl: string, databasePath: string, distDir: string, slug: string): Promise<Approver> {
  const actionId = moderateActionId(distDir);
  if (actionId) {
    const queue = pendingIds(databasePath, slug);
    const staff = await moderator(baseUrl, actionId);
    const approve = async () => {
      const id = queue.shift();
      return id !== undefined && (await staff.approve(id)) ? id : null;
    };
    return { how: 'moderation queue action', approve };
  }
  setPolicy(databasePath, 'approve-all');
  const approve = async () => {
    const reply = await postComment(baseUrl, slug, comment('Approved comment'));
    return (reply.json as { status?: string } | null)?.status === 'approved' ? (replyId(reply) ?? null) : null;
  };
  return { how: 'approve-all policy via the JSON API', approve };
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
