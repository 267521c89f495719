'use client';

import { useParams } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const param = useParams<{ locale?: string }>().locale;
  const t = getTranslator(isLocale(param) ? param : DEFAULT_LOCALE);
  return (
    <main id="main" className="site-main">
      <h1>{t('site.errorTitle')}</h1>
      <p>{t('site.errorBody')}</p>
      <button type="button" onClick={reset}>{t('site.tryAgain')}</button>
    </main>
  );
}
