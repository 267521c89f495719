/** The command line's report of a paste import: languages and why, placements, leftovers, chrome. */
import type { OriginalGuess } from './original';
import type { PasteImportResult } from './import';

const CHROME_REASONS = {
  'page-title': 'page title',
  footer: 'footer',
  'comment-form': 'comment form',
  headline: 'headline',
  masthead: 'masthead',
  date: 'date line',
  sidebar: 'sidebar',
  copyright: 'copyright',
} as const;

const clip = (text: string, max = 70) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

function counts(g: OriginalGuess): string {
  return Object.entries(g.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
}

/** Which original language was taken, and why; when unsure, how to choose the other one. */
export function explainOriginal(g: OriginalGuess): string {
  switch (g.reason) {
    case 'given':
      return `Original language: ${g.language} (as given).`;
    case 'only':
      return `Original language: ${g.language} (the only language found).`;
    case 'first-and-most':
      return `Original language: ${g.language} (guessed: its paragraphs come first and are the most numerous — ${counts(g)}). Use --original to choose.`;
    case 'first':
      return `Original language: ${g.language} (guessed: as many paragraphs as ${g.translation}, and its come first — ${counts(g)}). Use --original to choose.`;
    case 'most':
      return `Original language unclear: guessed ${g.language} for having the most paragraphs (${counts(g)}), but ${g.first ?? g.translation} comes first. Check the draft, or run again with --original ${g.first ?? g.translation}.`;
  }
}

/** The human-readable report lines (block and line numbers 1-based). */
export function pasteReport(result: PasteImportResult, keepChrome: boolean): string[] {
  const { originalLanguage: o, translationLanguage: t, originalGuess } = result.meta;
  const lines = [
    explainOriginal(originalGuess),
    `${result.blocks.length} blocks (${o}), ${result.alignment.length} ${t} paragraphs aligned, ${result.leftovers.length} kept as blocks of their own (no counterpart found).`,
  ];
  for (const a of result.alignment)
    lines.push(
      `  ${t} #${a.translationIndex + 1} → block ${a.blockIndex + 1}  ${a.confidence} (margin ${a.margin}; ${a.cues.join(', ') || 'order'})`,
    );
  for (const l of result.leftovers)
    lines.push(
      `  leftover  line ${l.line + 1} (${l.language}) → block ${l.blockIndex + 1}: ${clip(l.text)}`,
    );
  const chrome = result.removedAsChrome;
  if (chrome.length) {
    lines.push(
      keepChrome
        ? `${chrome.length} lines that look like page chrome, kept as blocks (--keep-chrome):`
        : `${chrome.length} lines proposed as page chrome, not saved (--keep-chrome keeps them):`,
    );
    for (const c of chrome)
      lines.push(`  ${CHROME_REASONS[c.reason].padEnd(12)}  line ${c.line + 1}: ${clip(c.text)}`);
  }
  return lines;
}
