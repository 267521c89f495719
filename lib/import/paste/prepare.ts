import { findChrome, pageTitleCandidate, readPageTitle, type ChromeCandidate } from './chrome';
import { detectLanguage } from './language';
import { guessOriginal, type OriginalGuess } from './original';
import type { Tagged } from './structure';
import { splitParagraphs, type Paragraph } from './text';

export type PasteMeta = {
  title?: Record<string, string>;
  blogName?: string;
  author?: string;
  time?: string;
  category?: string;
  commentCount?: number;
  originalLanguage: string;
  translationLanguage: string;
  /** Why this original language was chosen, and whether the owner should confirm it. */
  originalGuess: OriginalGuess;
};

type Options = { originalLanguage?: string; translationLanguage?: string };

/** Thrown when the pasted text holds nothing that could become a post. */
export class PasteImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasteImportError';
  }
}

type Lang = Paragraph & { lang: string | null };

/** Per-paragraph language; letterless lines (numbers, symbols) borrow their neighbour's. */
function tagLanguages(paragraphs: Paragraph[], opts: Options): Lang[] {
  const given = [opts.originalLanguage, opts.translationLanguage].filter((l): l is string => !!l);
  const tagged = paragraphs.map((p) => ({
    ...p,
    lang: detectLanguage(p.text, given.length ? given : undefined),
  }));
  // Kanji-only lines in a Japanese text are Japanese, not Chinese.
  const hasJa = tagged.some((p) => p.lang === 'ja') || given.includes('ja');
  for (const p of tagged) if (p.lang === 'zh' && hasJa && !given.includes('zh')) p.lang = 'ja';
  tagged.forEach((p, k) => {
    p.lang ??= tagged[k - 1]?.lang ?? tagged.slice(k + 1).find((q) => q.lang)?.lang ?? null;
  });
  return tagged;
}

/**
 * The original language and whether the first line is a page title, which depend on each other:
 * a page title above the post says nothing about which language the post starts in, so once the
 * line reads as one, the languages are guessed again without it.
 */
function languagesAndTitle(tagged: Lang[], candidate: Lang | null, opts: Options) {
  const withFirst = guessOriginal(tagged, opts);
  const next = tagged[1];
  const first = candidate && readPageTitle(candidate, withFirst.language, next);
  if (!candidate || !first) return { guess: withFirst, pageTitle: null };
  const without = guessOriginal(tagged.slice(1), opts);
  const second = readPageTitle(candidate, without.language, next);
  return second ? { guess: without, pageTitle: second } : { guess: withFirst, pageTitle: first };
}

/** The paste split into content paragraphs, tagged original or translation, and proposed chrome. */
export type Prepared = { paragraphs: Tagged[]; chrome: ChromeCandidate[]; meta: PasteMeta };

/**
 * Splits the paste into tagged paragraphs, page metadata and chrome proposed for removal.
 * Every non-empty line ends up in exactly one of `paragraphs` and `chrome`.
 * Throws PasteImportError when no content paragraph has any letters.
 */
export function prepare(text: string, opts: Options): Prepared {
  const all = splitParagraphs(text);
  const { content, chrome, footer, framed } = findChrome(all);
  let tagged = tagLanguages(content, opts);
  if (!tagged.some((p) => p.lang))
    throw new PasteImportError('Nothing to import: the text has no paragraphs with words.');
  const candidate = pageTitleCandidate(all, tagged, framed);
  const { guess, pageTitle } = languagesAndTitle(tagged, candidate, opts);
  const meta: PasteMeta = {
    originalLanguage: guess.language,
    translationLanguage: guess.translation,
    originalGuess: guess,
  };
  if (footer) Object.assign(meta, stripUndefined(footer));
  if (candidate && pageTitle) {
    meta.title = { [candidate.lang ?? guess.translation]: pageTitle.title };
    if (pageTitle.blogName) meta.blogName = pageTitle.blogName;
    const reason = framed && candidate.line !== all[0]?.line ? 'headline' : 'page-title';
    chrome.push({ text: candidate.text, reason, line: candidate.line });
    tagged = tagged.slice(1);
    // The page title, then the same title again as the article's headline below the masthead.
    const again = tagged[0];
    if (again && again.lang !== guess.language && again.text === pageTitle.title) {
      chrome.push({ text: again.text, reason: 'headline', line: again.line });
      tagged = tagged.slice(1);
    }
    chrome.sort((a, b) => a.line - b.line);
  }
  const paragraphs = tagged.map((p) => {
    const lang = p.lang ?? guess.language;
    return { ...p, lang, original: lang === guess.language };
  });
  if (!paragraphs.some((p) => p.original))
    throw new PasteImportError(`Nothing to import: no paragraph is in ${guess.language}.`);
  return { paragraphs, chrome, meta };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
