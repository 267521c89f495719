import type { BlockInput } from '@/lib/blocks/types';
import { alignBody } from '../align-body';
import { withLines, type LineDropped } from '../mt/dropped';
import { mtBodyToBlocks } from '../mt/html';
import { wpFootnotes } from '../wp/footnotes';
import type { WxrAttachment } from './attachments';
import type { WxrItem } from './item';

/** A post to be: one item, or a Polylang / WPML translation pair (the original first). */
export type WxrUnit = { items: [WxrItem] | [WxrItem, WxrItem]; warnings: string[] };

/** Each item's language, decided once per import (see item-language.ts). */
export type LanguageOf = (item: WxrItem) => string;

// The earlier post is the original; WordPress's ids break a tie.
const byAge = (a: WxrItem, b: WxrItem) =>
  (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) || Number(a.id) - Number(b.id);

/** Items sharing a translation group become one unit, in the position of the group's first item. */
export function wxrUnits(items: WxrItem[], languageOf: LanguageOf): WxrUnit[] {
  const groups = new Map<string, WxrItem[]>();
  for (const item of items)
    if (item.group) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  const units: WxrUnit[] = [];
  const done = new Set<WxrItem>();
  for (const item of items) {
    if (done.has(item)) continue;
    const group = item.group ? (groups.get(item.group) ?? [item]) : [item];
    const members = group.filter((m) => !done.has(m)).sort(byAge);
    const [original, ...others] = members;
    const pairWith = others.find((o) => languageOf(o) !== languageOf(original!));
    const paired = pairWith ? [original!, pairWith] : [original!];
    paired.forEach((m) => done.add(m));
    const warnings =
      pairWith && members.length > 2
        ? [
            `translation group ${item.group} has ${members.length} posts: the others are imported on their own`,
          ]
        : [];
    units.push({ items: paired as WxrUnit['items'], warnings });
  }
  return units.sort((a, b) => a.items[0].index - b.items[0].index);
}

/**
 * An item's content as blocks (wpautop-style: blank lines are paragraphs), dropped pieces by line.
 * Shortcodes, Gutenberg blocks and footnotes become their blocks; `[gallery ids]` finds its images
 * among the export's `attachments`.
 */
export function itemBlocks(
  item: WxrItem,
  language: string,
  attachments: Map<string, WxrAttachment> = new Map(),
): { blocks: BlockInput[]; dropped: LineDropped[] } {
  const footnotes = wpFootnotes(item.footnotes, language);
  const { blocks, dropped } = mtBodyToBlocks(item.content, language, {
    convertBreaks: true,
    wordpress: { postId: item.id, attachments, footnotes },
  });
  return { blocks, dropped: withLines(item.content, item.contentLine, dropped) };
}

const sameShape = (a: BlockInput[], b: BlockInput[]) =>
  a.length === b.length &&
  a.every((x, k) => x.kind === b[k]?.kind && (x.kind !== 'image' || x.src === b[k]?.src));

export type PairedBlocks = { blocks: BlockInput[]; paired: number; confidence: number };

/**
 * The pair's blocks: one to one when both posts have the same blocks in the same order (confidence
 * 1), otherwise through the paste aligner. Null when the aligner pairs nothing, or would store a
 * text under the other language (a translation it could not place): import them apart then.
 */
export function pairBlocks(
  original: BlockInput[],
  translation: BlockInput[],
  langs: [string, string],
): PairedBlocks | null {
  const [o, t] = langs;
  if (sameShape(original, translation))
    return {
      blocks: original.map((b, k) => ({
        ...b,
        texts: { [o]: b.texts[o] ?? null, [t]: translation[k]?.texts[t] ?? null },
      })),
      paired: original.filter((b, k) => b.texts[o] && translation[k]?.texts[t]).length,
      confidence: 1,
    };
  // An image both posts show is the same block: the original's.
  const shown = new Set(original.map((b) => b.src).filter(Boolean));
  const own = translation.filter((b) => b.kind !== 'image' || !shown.has(b.src));
  const aligned = alignBody([...original, ...own], { originalLanguage: o, translationLanguage: t });
  if (!aligned || aligned.paired === 0 || aligned.originalLanguage !== o || aligned.misplaced)
    return null;
  return { blocks: aligned.blocks, paired: aligned.paired, confidence: aligned.confidence };
}
