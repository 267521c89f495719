'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';

// Rendered with a 401 for unauthorized() (server/dal.ts): nobody is signed in, or the session ended.
export default function Unauthorized() {
  const t = useTranslations('boundary');
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <main id="main" className="site-main">
      <h1>{t('unauthorizedTitle')}</h1>
      <p>{t('unauthorizedBody')}</p>
      <p>
        <a href={`/${locale}/login?next=${encodeURIComponent(pathname)}`}>{t('toLogin')}</a>
      </p>
    </main>
  );
}
