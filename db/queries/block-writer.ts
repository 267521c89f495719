import 'server-only';
import type { Tx } from '@/db';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { blocks, blockTexts, type BlockKind } from '@/db/schema';
import { searchText } from '@/lib/blocks/markdown/plain';
import type { BlockInput } from '@/lib/blocks/types';

type TextRow = typeof blockTexts.$inferSelect;

/** A cell's text as stored: untranslated stays a missing row, never an empty string. */
const stored = (text: string | null | undefined) =>
  typeof text === 'string' && text.trim() !== '' ? text : null;

/**
 * The rows one block's texts become. A translation remembers the original it was made from: an
 * unchanged translation keeps its source (and its credit), so a changed original makes it stale;
 * an edited one is made from the original as it is now. A translation stored before sources were
 * kept counts as made from the original as it was before this save.
 */
function textRows(
  block: BlockInput,
  original: string,
  before: Map<string, TextRow>,
  sameOriginal: boolean,
): Array<Omit<TextRow, 'blockId'>> {
  const source = stored(block.texts[original]);
  const previousOriginal = before.get(original)?.text ?? null;
  return Object.entries(block.texts).flatMap(([language, value]) => {
    const text = stored(value);
    if (text === null) return [];
    const old = before.get(language);
    const unchanged = old?.text === text;
    const creditName = unchanged ? old.creditName : null;
    const plain = searchText(text);
    if (language === original) return [{ language, text, sourceText: null, creditName, plain }];
    const sourceText = unchanged && sameOriginal ? (old.sourceText ?? previousOriginal) : source;
    return [{ language, text, sourceText, creditName, plain }];
  });
}

/** Existing blocks of the post: their ids and texts by language. */
function existingBlocks(tx: Tx, postId: number) {
  const ids = tx
    .select({ id: blocks.id })
    .from(blocks)
    .where(eq(blocks.postId, postId))
    .all()
    .map((b) => b.id);
  const texts = new Map<number, Map<string, TextRow>>(ids.map((id) => [id, new Map()]));
  if (ids.length)
    for (const row of tx.select().from(blockTexts).where(inArray(blockTexts.blockId, ids)).all())
      texts.get(row.blockId)!.set(row.language, row);
  return texts;
}

function writeTexts(
  tx: Tx,
  blockId: number,
  rows: ReturnType<typeof textRows>,
  before: Map<string, TextRow>,
) {
  const languages = rows.map((r) => r.language);
  if (before.size)
    tx.delete(blockTexts)
      .where(
        and(
          eq(blockTexts.blockId, blockId),
          languages.length ? notInArray(blockTexts.language, languages) : undefined,
        ),
      )
      .run();
  for (const row of rows) {
    const old = before.get(row.language);
    if (
      old &&
      old.text === row.text &&
      old.sourceText === row.sourceText &&
      old.creditName === row.creditName
    )
      continue;
    tx.insert(blockTexts)
      .values({ blockId, ...row })
      .onConflictDoUpdate({
        target: [blockTexts.blockId, blockTexts.language],
        set: {
          text: row.text,
          sourceText: row.sourceText,
          creditName: row.creditName,
          plain: row.plain,
        },
      })
      .run();
  }
}

/**
 * Writes a post's blocks keeping their identity: an input block with the id of one of this post's
 * blocks updates it in place, any other (no id, another post's id, a repeated id) is inserted, and
 * blocks the input no longer has are deleted. Returns the block ids in input order.
 */
export function writeBlocks(
  tx: Tx,
  postId: number,
  input: BlockInput[],
  original: string,
  sameOriginal: boolean,
): number[] {
  const before = existingBlocks(tx, postId);
  const kept = new Set<number>();
  for (const b of input) if (b.id && before.has(b.id) && !kept.has(b.id)) kept.add(b.id);
  const gone = [...before.keys()].filter((id) => !kept.has(id));
  if (gone.length) tx.delete(blocks).where(inArray(blocks.id, gone)).run();
  // Out of the way of the unique (post, position) index while rows are reordered.
  if (kept.size)
    tx.update(blocks)
      .set({ position: sql`-1 - ${blocks.position}` })
      .where(eq(blocks.postId, postId))
      .run();
  const used = new Set<number>();
  return input.map((block, position) => {
    const values = {
      position,
      kind: block.kind as BlockKind,
      src: block.src ?? null,
      href: block.href ?? null,
    };
    const reuse = block.id && kept.has(block.id) && !used.has(block.id) ? block.id : null;
    let id: number;
    if (reuse) {
      used.add(reuse);
      tx.update(blocks).set(values).where(eq(blocks.id, reuse)).run();
      id = reuse;
    } else {
      id = tx
        .insert(blocks)
        .values({ postId, ...values })
        .returning({ id: blocks.id })
        .get().id;
    }
    const old = (reuse && before.get(reuse)) || new Map<string, TextRow>();
    writeTexts(tx, id, textRows(block, original, old, sameOriginal), old);
    return id;
  });
}
