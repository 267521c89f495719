import { createTranslator, type MessageKeys, type NestedKeyOf } from 'next-intl';
import type { Locale } from './config';
import { errorText, type ErrorText, type ErrorValues } from './errors';
import en from './messages/en.json';
import ja from './messages/ja.json';

export type Messages = typeof en;
export type Namespace = keyof Messages;
export type ErrorKey = keyof Messages['errors'];
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
/** The translator of the whole catalogue; `useTranslations()` in a client part gives the same type. */
export type Translate = ReturnType<typeof createTranslator<Messages>>;

// In a Next build these are precompiled ICU (next-intl's catalogue loader, next.config.mjs); in
// scripts and unit tests they are the JSON strings. Either way only next-intl reads them.
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

/** Form error codes in words for one locale, by the rule of `errorText`. */
export function getErrorText(locale: Locale): (code: string, values?: ErrorValues) => string {
  const t: ErrorText = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'errors',
  });
  return (code, values) => errorText(t, code, values);
}

/**
 * Just the `namespaces` a client part needs, in one locale; `errors` picks from the shared
 * `errors` namespace only the messages the part can show (and `unknown`, the fallback).
 */
export function pickMessages(
  locale: Locale,
  namespaces: readonly Namespace[],
  errors?: readonly ErrorKey[],
): Partial<Messages> {
  const picked: Partial<Messages> = Object.fromEntries(
    namespaces.map((n) => [n, MESSAGES[locale][n]]),
  );
  if (!errors) return picked;
  const all = MESSAGES[locale].errors;
  return {
    ...picked,
    errors: Object.fromEntries(
      ['unknown' as const, ...errors].map((k) => [k, all[k]]),
    ) as Messages['errors'],
  };
}

/** A language's name in the UI language, or its code when the catalogue has no name for it. */
export function languageName(t: Translate, code: string): string {
  const key = `languageNames.${code}` as MessageKey;
  return t.has(key) ? t(key) : code;
}
