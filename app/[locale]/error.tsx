'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('boundary');
  return (
    <main id="main" className="site-main">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      <button type="button" onClick={reset}>
        {t('tryAgain')}
      </button>
    </main>
  );
}
