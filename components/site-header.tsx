import Link from 'next/link';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { LocaleSwitcher } from './locale-switcher';

export function SiteHeader({ locale, t, title }: { locale: Locale; t: Translate; title: string }) {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">{t('site.skipToContent')}</a>
      <div className="site-header-inner">
        <Link href={`/${locale}`} className="site-title">{title}</Link>
        <Suspense>
          <LocaleSwitcher locale={locale} label={t('site.languageSwitcher')} />
        </Suspense>
      </div>
    </header>
  );
}
