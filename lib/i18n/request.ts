import { getRequestConfig } from 'next-intl/server';

// next-intl's plugin (next.config.mjs, for precompiled messages) insists on a request
// configuration. Nothing may use it: request-scoped next-intl APIs (getTranslations, the
// server-side provider without props) read headers, which would make cached public pages
// dynamic. Translate with `getTranslator(locale)` and pass messages to `ClientMessages`.
export default getRequestConfig(() => {
  throw new Error(
    'Request-scoped next-intl APIs are not used here: use getTranslator(locale) or <ClientMessages>.',
  );
});
