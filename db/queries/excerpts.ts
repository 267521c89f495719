import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { blocks, blockTexts } from '@/db/schema';
import { breakExcerpts } from '@/lib/blocks/excerpt';
import type { BlockKind } from '@/lib/model';

/** Per post, the excerpt its `more` block marks in each language (none without a break). */
export function breakExcerptsFor(postIds: number[]): Map<number, Record<string, string>> {
  if (!postIds.length) return new Map();
  // Only blocks up to the first break (the break included) are read: a post without one gives none.
  const rows = getDb()
    .select({
      postId: blocks.postId,
      id: blocks.id,
      kind: blocks.kind,
      language: blockTexts.language,
      text: blockTexts.text,
    })
    .from(blocks)
    .leftJoin(blockTexts, eq(blockTexts.blockId, blocks.id))
    .where(
      and(
        inArray(blocks.postId, postIds),
        sql`${blocks.position} <= (select min(m.position) from ${blocks} m where m.post_id = ${blocks.postId} and m.kind = 'more')`,
      ),
    )
    .orderBy(asc(blocks.postId), asc(blocks.position))
    .all();
  const byPost = new Map<number, Map<number, { kind: BlockKind; texts: Record<string, string> }>>();
  for (const r of rows) {
    const post = byPost.get(r.postId) ?? new Map();
    byPost.set(r.postId, post);
    const block = post.get(r.id) ?? { kind: r.kind, texts: {} };
    post.set(r.id, block);
    if (r.language && r.text) block.texts[r.language] = r.text;
  }
  return new Map([...byPost].map(([id, list]) => [id, breakExcerpts([...list.values()])]));
}
