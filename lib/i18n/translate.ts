import { createTranslator, type MessageKeys, type NestedKeyOf } from 'next-intl';
import type { Locale } from './config';
import en from './messages/en.json';
import ja from './messages/ja.json';

export type Messages = typeof en;
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
/** The translator of the whole catalogue. */
export type Translate = ReturnType<typeof createTranslator<Messages>>;

export const MESSAGES: Record<Locale, Messages> = { en, ja };

const translators = new Map<Locale, Translate>();

/**
 * The translator for one locale (ICU messages: `t('post.comments', { count })`). It needs no
 * request (no headers or cookies), so cached public pages stay static.
 */
export function getTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator({ locale, messages: MESSAGES[locale] })));
  return t;
}

/** A language's name in the UI language, or its code when the catalogue has no name for it. */
export function languageName(t: Translate, code: string): string {
  const key = `languageNames.${code}` as MessageKey;
  return t.has(key) ? t(key) : code;
}
