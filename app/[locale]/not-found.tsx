'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';

// not-found.tsx receives no props; the locale comes from the URL.
export default function NotFound() {
  const param = useParams<{ locale?: string }>().locale;
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  return (
    <main id="main" className="site-main not-found">
      <h1>{t('site.notFoundTitle')}</h1>
      <p>{t('site.notFoundBody')}</p>
      <p>
        <Link href={`/${locale}`}>{t('site.backHome')}</Link>
      </p>
    </main>
  );
}
