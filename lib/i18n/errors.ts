import { PASSWORD_MIN } from '@/lib/model';
import { BLOCK_TEXT_MAX, COMMENT_BODY_MAX, COMMENT_LIMITS } from '@/lib/model';
import type { ErrorKey } from './translate';

export type ErrorValues = Record<string, string | number>;
/** What `useTranslations('errors')` (client) and `getErrorText` (server) both are. */
export type ErrorText = {
  (key: ErrorKey, values?: ErrorValues): string;
  has(key: ErrorKey): boolean;
};

/** The limits error messages may quote (`{nameMax}`, `{textMax}`…), so no form has to pass them. */
export const ERROR_VALUES: ErrorValues = {
  ...COMMENT_LIMITS,
  textMax: COMMENT_BODY_MAX,
  suggestionMax: BLOCK_TEXT_MAX,
  passwordMin: PASSWORD_MIN,
};

/**
 * An error code (from a schema, an action or a route) in words, from the one `errors` namespace.
 * The one fallback: a code without a message reads as `errors.unknown`, never as the bare code.
 */
export function errorText(t: ErrorText, code: string, values?: ErrorValues): string {
  const key = code as ErrorKey;
  return t.has(key) ? t(key, { ...ERROR_VALUES, ...values }) : t('unknown');
}
