'use client';

import Link from 'next/link';
import { useParams, usePathname } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';

// Rendered with a 401 for unauthorized() (lib/dal.ts): nobody is signed in, or the session ended.
export default function Unauthorized() {
  const param = useParams<{ locale?: string }>().locale;
  const pathname = usePathname();
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  return (
    <main id="main" className="site-main">
      <h1>{t('auth.unauthorizedTitle')}</h1>
      <p>{t('auth.unauthorizedBody')}</p>
      <p>
        <Link href={`/${locale}/login?next=${encodeURIComponent(pathname)}`}>{t('auth.toLogin')}</Link>
      </p>
    </main>
  );
}
