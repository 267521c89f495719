import 'server-only';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { pickMessages, type ErrorKey, type Namespace } from '@/lib/i18n/translate';
import { IntlClientProvider } from './intl-client-provider';

type Props = {
  locale: Locale;
  namespaces: readonly Namespace[];
  /** Only these of the shared `errors` (every form's); list `errors` in `namespaces` for all. */
  errors?: readonly ErrorKey[];
  timeZone: string;
  children: ReactNode;
};

/**
 * Messages for the client components below: only the `namespaces` they use, in one locale, so a
 * reader's page never ships admin strings or the other language. A nested one replaces (does
 * not add to) the messages of an outer one.
 */
export function ClientMessages({ locale, namespaces, errors, timeZone, children }: Props) {
  return (
    <IntlClientProvider
      locale={locale}
      messages={pickMessages(locale, namespaces, errors)}
      timeZone={timeZone}
    >
      {children}
    </IntlClientProvider>
  );
}
