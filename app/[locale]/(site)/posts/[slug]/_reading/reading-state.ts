import { READING_VIEWS, type ReadingView } from '@/lib/model';

export const VIEW_COOKIE = 'taiyaku-view';
export const LANG_COOKIE = 'taiyaku-lang';

export type ReadingState = {
  view: ReadingView;
  /** The two languages paired in side by side and interleaved: [original, translation]. */
  pair: [string, string | null];
  /** The language shown in single view. */
  lang: string;
};

const isView = (v: unknown): v is ReadingView =>
  typeof v === 'string' && (READING_VIEWS as readonly string[]).includes(v);

/**
 * The reader's view: the URL wins (a shared link shows exactly that view), then the cookie, then
 * the blog's default. The paired translation is the requested language, else the UI locale, else
 * the post's first translation.
 */
export function resolveReadingState(input: {
  query: { view?: string | string[]; lang?: string | string[] };
  cookies: { view?: string; lang?: string };
  defaultView: ReadingView;
  locale: string;
  languages: string[];
}): ReadingState {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const [original = input.locale, ...translations] = input.languages;
  const queryView = first(input.query.view);
  const view = isView(queryView)
    ? queryView
    : isView(input.cookies.view)
      ? input.cookies.view
      : input.defaultView;
  const wanted = [first(input.query.lang), input.cookies.lang, input.locale].filter(
    (l): l is string => typeof l === 'string' && input.languages.includes(l),
  );
  const lang = wanted[0] ?? original;
  const translation = [...wanted, ...translations].find((l) => l !== original) ?? null;
  return { view: translation ? view : 'single', pair: [original, translation], lang };
}
