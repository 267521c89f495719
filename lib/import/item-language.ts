import { LANGUAGE_PATTERN } from '@/lib/validations/post';
import { CJK_LANGUAGES, detectLanguage } from './paste/language';

/** Where an imported item's language came from, for the report. */
export type LanguageSource = 'post' | 'given' | 'channel' | 'script' | 'default';
export type ItemLanguage = { language: string; source: LanguageSource };

/**
 * A language code as Taiyaku spells it: "pt_BR" → "pt-br", and "en-US" → "en" when the blog
 * offers "en" but not "en-us". Null when it is not a language code.
 */
export function normalizeLanguage(code: string | null | undefined, blog: string[] = []) {
  const lang = (code ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!LANGUAGE_PATTERN.test(lang)) return null;
  const primary = lang.split('-')[0]!;
  return !blog.includes(lang) && blog.includes(primary) ? primary : lang;
}

// Scripts a language is written in, coarsely: enough to tell Japanese from English.
const family = (lang: string) =>
  lang === 'ko' ? 'hangul' : CJK_LANGUAGES.has(lang.split('-')[0]!) ? 'han' : 'latin';

/**
 * Whether `text` is written in `language`'s script. Text without letters (numbers, a URL) fits
 * any language; Japanese and Chinese share Han characters, so they fit each other.
 */
export function scriptFits(text: string, language: string): boolean {
  const found = detectLanguage(text);
  return found === null || family(found) === family(language);
}

/**
 * An item's language: its own (Polylang / WPML) first, then the one given on the command line or
 * import page, the export's channel language, the script of its text, and the blog's default last.
 * A declared language whose script the text plainly is not (a Japanese post in an export that
 * says `en-US`) yields to the script.
 */
export function itemLanguage(input: {
  post?: string | null;
  given?: string | null;
  channel?: string | null;
  text: string;
  fallback: string;
  blog?: string[];
}): ItemLanguage {
  const norm = (code: string | null | undefined) => normalizeLanguage(code, input.blog);
  const script = detectLanguage(input.text, input.blog);
  const candidates: Array<[string | null, LanguageSource]> = [
    [norm(input.post), 'post'],
    [norm(input.given), 'given'],
    [norm(input.channel), 'channel'],
  ];
  for (const [language, source] of candidates)
    if (language && (source === 'given' || script === null || scriptFits(input.text, language)))
      return { language, source };
  if (script) return { language: norm(script) ?? script, source: 'script' };
  return { language: input.fallback, source: 'default' };
}
