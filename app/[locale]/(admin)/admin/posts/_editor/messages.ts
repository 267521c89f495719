import type { Messages } from '@/lib/i18n/translate';

export type EditorMessages = Messages['editor'];

/** Fills `{name}` placeholders, as the server translator does, for strings handed to the client. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A validation message for a schema error key (e.g. "tooLong"), falling back to the key. */
export function errorText(m: EditorMessages, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return (m.errors as Record<string, string>)[key] ?? key;
}
