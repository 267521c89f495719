import type { BlockKind } from '@/lib/model';
import { hasTerminalPunctuation, type Paragraph } from './text';

/** A paragraph tagged as original (becomes a block) or translation (to be aligned). */
export type Tagged = Paragraph & { lang: string; original: boolean };

/** Consecutive originals, and the translation paragraphs that belong to them. */
export type Run = { originals: Tagged[]; translations: Tagged[] };

function units(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** Headline-shaped: short and not ending like a sentence. */
export function isHeadingLike(text: string, cjk: boolean): boolean {
  return !hasTerminalPunctuation(text) && units(text) <= (cjk ? 50 : 100);
}

/**
 * Kinds for one run of original paragraphs. An article starts with a headline glued (no blank
 * line) to its standfirst; the standfirst is a subheading; a lone headline-shaped line between
 * paragraphs is a section subheading; everything else is a paragraph.
 */
export function assignKinds(run: Paragraph[], cjk: boolean): BlockKind[] {
  const kinds: BlockKind[] = [];
  run.forEach((p, k) => {
    const next = run[k + 1];
    const glued = next !== undefined && next.blankBefore === 0;
    const headline = isHeadingLike(p.text, cjk);
    if (headline && (k === 0 || (p.blankBefore > 0 && glued))) kinds.push('heading');
    else if (
      kinds[k - 1] === 'heading' &&
      p.blankBefore === 0 &&
      !hasTerminalPunctuation(p.text) &&
      units(p.text) <= 250
    )
      kinds.push('subheading');
    else if (headline && p.blankBefore > 0 && next !== undefined) kinds.push('subheading');
    else kinds.push('paragraph');
  });
  return kinds;
}

/**
 * Groups paragraphs into runs. Translations normally follow their article; when the text opens
 * with translations, the layout is translation-first and each translation run belongs to the
 * originals after it.
 */
export function groupRuns(paragraphs: Tagged[]): Run[] {
  const chunks: Tagged[][] = [];
  for (const p of paragraphs) {
    const last = chunks[chunks.length - 1];
    if (last && last[0]?.original === p.original) last.push(p);
    else chunks.push([p]);
  }
  const translationFirst = chunks[0]?.[0]?.original === false;
  const runs: Run[] = [];
  let pending: Tagged[] = [];
  for (const chunk of chunks) {
    if (chunk[0]?.original) {
      runs.push({ originals: chunk, translations: translationFirst ? pending : [] });
      pending = [];
    } else if (translationFirst) pending = chunk;
    else if (runs.length) (runs[runs.length - 1] as Run).translations = chunk;
    else pending = chunk;
  }
  // Translations with no originals on their side have nothing to align with.
  if (pending.length && runs.length) runs[runs.length - 1]?.translations.push(...pending);
  return runs;
}
