import Link from 'next/link';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { SEARCH_QUERY_MAX } from '@/lib/validations/search';
import { LocaleSwitcher } from './locale-switcher';

/** Skip link, blog title, main navigation with a search box, and the UI language switcher. */
export function SiteHeader({ locale, t, title }: { locale: Locale; t: Translate; title: string }) {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <div className="site-header-inner">
        <Link href={`/${locale}`} className="site-title">
          {title}
        </Link>
        <nav aria-label={t('site.mainNav')} className="site-nav">
          <ul>
            <li>
              <Link href={`/${locale}`}>{t('site.home')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/archives`}>{t('site.archives')}</Link>
            </li>
          </ul>
        </nav>
        <form
          role="search"
          action={`/${locale}/search`}
          method="get"
          className="search-form header-search"
        >
          <label htmlFor="header-search" className="visually-hidden">
            {t('site.searchLabel')}
          </label>
          <input
            id="header-search"
            type="search"
            name="q"
            maxLength={SEARCH_QUERY_MAX}
            required
            placeholder={t('site.search')}
          />
          <button type="submit">{t('site.searchButton')}</button>
        </form>
        <Suspense>
          <LocaleSwitcher locale={locale} label={t('site.languageSwitcher')} />
        </Suspense>
      </div>
    </header>
  );
}
