import type { Translations } from '@/lib/model';
import type { Locale } from '@/lib/i18n/config';

// Building a formatter costs ~50x formatting with one; a page formats a date per comment.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Date and time in the blog's time zone, formatted for the UI locale. */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

export function formatMonth(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A per-language map's value for `language`, else the first available. */
export function pick(
  values: Record<string, string | null | undefined> | null | undefined,
  ...languages: string[]
): string {
  if (!values) return '';
  for (const l of languages) if (values[l]) return values[l]!;
  return Object.values(values).find((v): v is string => Boolean(v)) ?? '';
}

/** Like `pick`, with the language of the value found (null when there is none). */
export function pickWithLanguage(
  values: Record<string, string | null | undefined> | null | undefined,
  ...languages: string[]
): { text: string; language: string } | null {
  const entries = Object.entries(values ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  const found = languages.map((l) => entries.find(([k]) => k === l)).find(Boolean) ?? entries[0];
  return found ? { text: found[1], language: found[0] } : null;
}

/** A post's title or excerpt in the first of `languages` that has one, with the language used. */
export function postField(
  translations: Translations,
  key: 'title' | 'excerpt',
  ...languages: string[]
) {
  for (const language of [...languages, ...Object.keys(translations)]) {
    const value = translations[language]?.[key];
    if (value) return { text: value, language };
  }
  return null;
}
