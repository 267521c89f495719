import en from './messages/en.json';
import ja from './messages/ja.json';
import type { Locale } from './config';

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, ja };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

function lookup(messages: Messages, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  return typeof value === 'string' ? value : key;
}

/** A translator for one locale; `{name}` placeholders are filled from `vars`. */
export function getTranslator(locale: Locale): Translate {
  return (key, vars) =>
    lookup(MESSAGES[locale], key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}
