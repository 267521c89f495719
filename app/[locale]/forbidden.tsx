'use client';

import { useLocale, useTranslations } from 'next-intl';

// Rendered with a 403 for forbidden() (server/dal.ts): signed in, but the role does not allow it.
export default function Forbidden() {
  const t = useTranslations('boundary');
  const locale = useLocale();
  return (
    <main id="main" className="site-main">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <a href={`/${locale}/admin`}>{t('toAdmin')}</a> · <a href={`/${locale}`}>{t('toSite')}</a>
      </p>
    </main>
  );
}
