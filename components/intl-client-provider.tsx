'use client';

import { NextIntlClientProvider } from 'next-intl';
import type { ComponentProps } from 'react';

/**
 * next-intl's client provider, imported through a client module so that a server component
 * hands it exactly the messages it is given (next-intl's server export would fill in missing
 * props from the request).
 */
export function IntlClientProvider(props: ComponentProps<typeof NextIntlClientProvider>) {
  return <NextIntlClientProvider {...props} />;
}
