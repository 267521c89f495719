import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db';

// Replies point at their parent with ON DELETE CASCADE. SQLite runs each cascade level as a
// nested trigger and stops at 1,000 levels ("too many levels of trigger recursion"), so a long
// imported chain could never be deleted and rolled back a whole bulk delete. These helpers
// unhook the replies first (one UPDATE, no cascade), then delete flat: nothing nests.

/** A comment and every reply below it (the recursive CTE is evaluated iteratively by SQLite). */
function subtree(tx: Tx, rootId: number): number[] {
  return tx
    .all<{ id: number }>(
      sql`with recursive d(id) as (select ${rootId} union select c.id from comments c join d on c.parent_id = d.id) select id from d`,
    )
    .map((r) => r.id);
}

/** Deletes a comment with all its replies, however deep; returns how many replies went with it. */
export function deleteCommentTree(tx: Tx, rootId: number): number {
  const ids = JSON.stringify(subtree(tx, rootId));
  const inTree = sql`id in (select value from json_each(${ids}))`;
  tx.run(sql`update comments set parent_id = null where ${inTree}`);
  const { changes } = tx.run(sql`delete from comments where ${inTree}`);
  return Math.max(0, changes - 1);
}

/** Unhooks every reply of these posts, so deleting the posts cascades one level only. */
export function detachPostComments(tx: Tx, postIds: number[]): void {
  tx.run(
    sql`update comments set parent_id = null where parent_id is not null and post_id in (select value from json_each(${JSON.stringify(postIds)}))`,
  );
}
