import type { Locale } from './config';
import type { Messages } from './translate';

// Typed keys for `useTranslations`/`createTranslator` and typed `useLocale()`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
