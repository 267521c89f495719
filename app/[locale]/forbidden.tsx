'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/translate';

// Rendered with a 403 for forbidden() (lib/dal.ts): signed in, but the role does not allow it.
export default function Forbidden() {
  const param = useParams<{ locale?: string }>().locale;
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  return (
    <main id="main" className="site-main">
      <h1>{t('auth.forbiddenTitle')}</h1>
      <p>{t('auth.forbiddenBody')}</p>
      <p>
        <Link href={`/${locale}/admin`}>{t('auth.toAdmin')}</Link> · <Link href={`/${locale}`}>{t('auth.toSite')}</Link>
      </p>
    </main>
  );
}
