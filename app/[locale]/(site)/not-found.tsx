'use client';

import { useLocale, useTranslations } from 'next-intl';

// Inside the site layout: the reader keeps the blog's header (its navigation and search box) and
// footer, so a wrong link is not a dead end. Plain <a> for the same reason as the locale's 404.
export default function SiteNotFound() {
  const t = useTranslations('boundary');
  const locale = useLocale();
  return (
    <div className="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <ul>
        <li>
          <a href={`/${locale}`}>{t('backHome')}</a>
        </li>
        <li>
          <a href={`/${locale}/archives`}>{t('archivesLink')}</a>
        </li>
      </ul>
    </div>
  );
}
