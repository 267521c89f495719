import { EXCERPT_MAX, type BlockKind, type Translations } from '@/lib/model';
import { textOptional } from './media';

type Block = { kind: BlockKind; texts: Record<string, string | null> };

/**
 * The excerpt a `more` block marks, per language: the text blocks above the first break, in that
 * language only (a language with none above it has no excerpt), cut at the excerpt limit.
 * Captions and other media are not text of the excerpt. No break, no excerpt.
 */
export function breakExcerpts(blocks: Block[]): Record<string, string> {
  const end = blocks.findIndex((b) => b.kind === 'more');
  if (end < 0) return {};
  const parts: Record<string, string[]> = {};
  for (const block of blocks.slice(0, end)) {
    if (textOptional(block.kind)) continue;
    for (const [language, text] of Object.entries(block.texts))
      if (text) (parts[language] ??= []).push(text.replace(/\s+/g, ' ').trim());
  }
  return Object.fromEntries(
    Object.entries(parts).map(([l, texts]) => [
      l,
      [...texts.join(' ')].slice(0, EXCERPT_MAX).join(''),
    ]),
  );
}

/** Titles and excerpts with each language's typed excerpt, else the text above its break. */
export function withBreakExcerpts(
  translations: Translations,
  excerpts: Record<string, string>,
): Translations {
  return Object.fromEntries(
    Object.entries(translations).map(([l, t]) => [
      l,
      { ...t, excerpt: t.excerpt ?? excerpts[l] ?? null },
    ]),
  );
}
