import { useTranslations } from 'next-intl';
import { errorText, type ErrorValues } from './errors';

type ErrorOf = {
  (code: string, values?: ErrorValues): string;
  (code: string | null | undefined, values?: ErrorValues): string | undefined;
};

/**
 * For client forms: an error code in words (by `errorText`'s one rule), or undefined for none.
 * The part's `ClientMessages` must hold the codes it may meet (`errors`).
 */
export function useErrorText(): ErrorOf {
  const t = useTranslations('errors');
  return ((code: string | null | undefined, values?: ErrorValues) =>
    code ? errorText(t, code, values) : undefined) as ErrorOf;
}
