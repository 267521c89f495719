'use client';

import { useLocale, useTranslations } from 'next-intl';

// not-found.tsx receives no props; the locale layout provides its messages (`boundary`). The
// boundary screens link with plain <a>: a full load is right after an error, and next/link would
// be bundled into each of their chunks on every page (about 3 KB gzip apiece).
export default function NotFound() {
  const t = useTranslations('boundary');
  const locale = useLocale();
  return (
    <main id="main" className="site-main not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <a href={`/${locale}`}>{t('backHome')}</a>
      </p>
    </main>
  );
}
