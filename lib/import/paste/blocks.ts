/**
 * Turns aligned runs into blocks without losing a paragraph: originals in order, each aligned
 * translation beside its block, and every translation that fits no block kept as a block of
 * its own (text in the original column, untranslated) for the owner to review.
 */
import type { BlockKind } from '@/lib/model';
import type { BlockInput } from '@/lib/blocks/types';
import type { ChromeCandidate } from './chrome';
import { detectLanguage } from './language';
import type { Run, Tagged } from './structure';

/** Where a block's texts came from: 0-based lines of the paste. */
export type BlockSource = { original: number; translation: number | null; leftover: boolean };

/** A translation paragraph with no counterpart, kept as block `blockIndex`. */
export type PasteLeftover = { blockIndex: number; line: number; language: string; text: string };

/** Chrome proposed for removal; restored, it goes back before block `blockIndex` (or at the end). */
export type ChromeItem = ChromeCandidate & { language: string | null; blockIndex: number };

/** One translation's fate: aligned to (j: block of its run), or kept as a leftover. */
export type Placed = {
  translationIndex: number;
  run: number;
  i: number;
  j: number | null;
  blockIndex: number;
};

type Row = { block: BlockInput; source: BlockSource; j: number | null };

function originalRow(p: Tagged, kind: BlockKind, j: number, translation: string): Row {
  return {
    block: { kind, texts: { [p.lang]: p.text, [translation]: null } },
    source: { original: p.line, translation: null, leftover: false },
    j,
  };
}

function leftoverRow(p: Tagged, original: string, translation: string): Row {
  return {
    block: { kind: 'paragraph', texts: { [original]: p.text, [translation]: null } },
    source: { original: p.line, translation: null, leftover: true },
    j: null,
  };
}

/**
 * Where each unaligned translation goes: after the block the translation before it went to,
 * else before the block of the one after it, else on the side of the run it was pasted on.
 * Returns the block index it follows (-1: before the run's first block).
 */
function leftoverAnchors(run: Run, picks: Array<number | null>): Map<number, number> {
  const m = run.translations.length;
  const pick = (i: number) => picks[i] ?? null;
  // The block of the nearest aligned translation after each one, scanning from the end.
  const next = new Array<number | null>(m + 1).fill(null);
  for (let i = m - 1; i >= 0; i--) next[i] = pick(i) ?? next[i + 1] ?? null;
  const pastedFirst = (run.translations[0]?.line ?? 0) < (run.originals[0]?.line ?? 0);
  const anchors = new Map<number, number>();
  let before: number | null = null;
  for (let i = 0; i < m; i++) {
    const j = pick(i);
    if (j !== null) before = j;
    else {
      const after = next[i + 1] ?? null;
      anchors.set(
        i,
        before ?? (after !== null ? after - 1 : pastedFirst ? -1 : run.originals.length - 1),
      );
    }
  }
  return anchors;
}

/** One run's rows in order, and the row each translation ended up in. */
function runRows(
  run: Run,
  kinds: BlockKind[],
  picks: Array<number | null>,
  langs: [string, string],
) {
  const [original, translation] = langs;
  const rows = run.originals.map((p, j) => originalRow(p, kinds[j] ?? 'paragraph', j, translation));
  const anchors = leftoverAnchors(run, picks);
  const after = new Map<number, Row[]>();
  const rowOf = run.translations.map((p, i) => {
    const anchor = anchors.get(i);
    if (anchor !== undefined) {
      const kept = leftoverRow(p, original, translation);
      after.set(anchor, [...(after.get(anchor) ?? []), kept]);
      return kept;
    }
    const row = rows[picks[i] ?? 0] as Row;
    row.block.texts[translation] = p.text;
    row.source.translation = p.line;
    return row;
  });
  const ordered = [
    ...(after.get(-1) ?? []),
    ...rows.flatMap((r, j) => [r, ...(after.get(j) ?? [])]),
  ];
  return { ordered, rowOf };
}

export type Built = {
  blocks: BlockInput[];
  sources: BlockSource[];
  leftovers: PasteLeftover[];
  placed: Placed[];
};

/** Blocks for every run, in order, with where each translation went. */
export function buildBlocks(
  runs: Run[],
  kinds: BlockKind[][],
  picks: Array<Array<number | null>>,
  langs: [string, string],
): Built {
  const out: Built = { blocks: [], sources: [], leftovers: [], placed: [] };
  runs.forEach((run, k) => {
    const { ordered, rowOf } = runRows(run, kinds[k] ?? [], picks[k] ?? [], langs);
    const base = out.blocks.length;
    const indexOf = new Map(ordered.map((r, k) => [r, base + k]));
    out.blocks.push(...ordered.map((r) => r.block));
    out.sources.push(...ordered.map((r) => r.source));
    run.translations.forEach((p, i) => {
      const row = rowOf[i] as Row;
      const blockIndex = indexOf.get(row) as number;
      out.placed.push({ translationIndex: out.placed.length, run: k, i, j: row.j, blockIndex });
      if (row.source.leftover)
        out.leftovers.push({ blockIndex, line: p.line, language: p.lang, text: p.text });
    });
  });
  return out;
}

/** Each chrome line's place among the blocks: before the first block that came after it on the page. */
export function placeChrome(
  chrome: ChromeCandidate[],
  sources: BlockSource[],
  langs: string[],
): ChromeItem[] {
  return chrome.map((c) => {
    const at = sources.findIndex((s) => s.original > c.line);
    const detected = detectLanguage(c.text);
    // Kanji-only lines ("投稿者：松本太郎") of a Japanese page are Japanese.
    const language =
      detected === 'zh' && langs.includes('ja') && !langs.includes('zh') ? 'ja' : detected;
    return { ...c, language, blockIndex: at < 0 ? sources.length : at };
  });
}
