import { detectLanguage, weight } from './paste-language';
import { hasTitleSeparator, isFormLabel, parseFooter, splitPageTitle } from './paste-page';
import type { Tagged } from './paste-structure';
import { splitParagraphs, type Paragraph } from './paste-text';

export type PasteMeta = {
  title?: Record<string, string>;
  blogName?: string;
  author?: string;
  time?: string;
  category?: string;
  commentCount?: number;
  originalLanguage: string;
  translationLanguage: string;
};

type Options = { originalLanguage?: string; translationLanguage?: string };

/** Thrown when the pasted text holds nothing that could become a post. */
export class PasteImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasteImportError';
  }
}

/** Everything above the footer; below it is the comment section and its form. */
function contentAndFooter(text: string) {
  const all = splitParagraphs(text);
  const at = all.findIndex((p) => parseFooter(p.text) !== null);
  const footer = at >= 0 ? parseFooter(all[at]?.text ?? '') : null;
  const content = (at >= 0 ? all.slice(0, at) : all).filter((p) => !isFormLabel(p.text));
  return { content, footer };
}

/** Per-paragraph language; letterless lines (numbers, symbols) borrow their neighbour's. */
function tagLanguages(paragraphs: Paragraph[], opts: Options): Array<Paragraph & { lang: string | null }> {
  const given = [opts.originalLanguage, opts.translationLanguage].filter((l): l is string => !!l);
  const tagged = paragraphs.map((p) => ({ ...p, lang: detectLanguage(p.text, given.length ? given : undefined) }));
  // Kanji-only lines in a Japanese text are Japanese, not Chinese.
  const hasJa = tagged.some((p) => p.lang === 'ja') || given.includes('ja');
  for (const p of tagged) if (p.lang === 'zh' && hasJa && !given.includes('zh')) p.lang = 'ja';
  tagged.forEach((p, k) => {
    p.lang ??= tagged[k - 1]?.lang ?? tagged.slice(k + 1).find((q) => q.lang)?.lang ?? null;
  });
  return tagged;
}

/** Languages by total characters, heaviest first. */
function languagesByWeight(tagged: Array<{ text: string; lang: string | null }>): string[] {
  const totals = new Map<string, number>();
  for (const p of tagged) if (p.lang) totals.set(p.lang, (totals.get(p.lang) ?? 0) + weight(p.text));
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
}

/**
 * Splits the paste into tagged paragraphs and page metadata (title line, footer).
 * Throws PasteImportError when no paragraph has any letters.
 */
export function prepare(text: string, opts: Options): { paragraphs: Tagged[]; meta: PasteMeta } {
  const { content, footer } = contentAndFooter(text);
  const tagged = tagLanguages(content, opts);
  if (!tagged.some((p) => p.lang)) throw new PasteImportError('Nothing to import: the text has no paragraphs with words.');
  const ranked = languagesByWeight(tagged);
  const originalLanguage = opts.originalLanguage ?? ranked[0] ?? 'en';
  const translationLanguage =
    opts.translationLanguage ?? ranked.find((l) => l !== originalLanguage) ?? (originalLanguage === 'en' ? 'ja' : 'en');
  const meta: PasteMeta = { originalLanguage, translationLanguage };
  if (footer) Object.assign(meta, stripUndefined(footer));
  const first = tagged[0];
  const second = tagged[1];
  // An original-language first line is a page title only with a "Title: Blog" style separator;
  // dashes are too common in headlines ("… – Kommersant").
  const isPageTitle =
    first && second && second.blankBefore > 0 && (first.lang !== originalLanguage || hasTitleSeparator(first.text, false));
  if (isPageTitle) {
    const { title, blogName } = splitPageTitle(first.text);
    meta.title = { [first.lang ?? translationLanguage]: title };
    if (blogName) meta.blogName = blogName;
  }
  const paragraphs = (isPageTitle ? tagged.slice(1) : tagged).map((p) => ({
    ...p,
    lang: p.lang ?? originalLanguage,
    original: (p.lang ?? originalLanguage) === originalLanguage,
  }));
  if (!paragraphs.some((p) => p.original)) throw new PasteImportError(`Nothing to import: no paragraph is in ${originalLanguage}.`);
  return { paragraphs, meta };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
