import Link from 'next/link';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { SEARCH_QUERY_MAX } from '@/lib/validations/search';
import { LocaleSwitcher } from './locale-switcher';

type Brand = {
  title: string;
  /** The blog's description in the page's language (else another, marked with its lang). */
  description: { text: string; language: string } | null;
  /** The owner's logo (header rendition), or none for the name alone. */
  logoSrc: string | null;
};

/** Skip link, logo, blog title and description, navigation with a search box, language switcher. */
export function SiteHeader({ locale, t, brand }: { locale: Locale; t: Translate; brand: Brand }) {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <div className="site-header-inner">
        <div className="site-brand">
          <Link href={`/${locale}`} className="site-title">
            {brand.logoSrc && (
              // The name beside it says what the link is: the logo itself is decoration.
              // eslint-disable-next-line @next/next/no-img-element -- a fixed-size rendition from our own route
              <img src={brand.logoSrc} alt="" className="site-logo" height={48} />
            )}
            <span>{brand.title}</span>
          </Link>
          {brand.description && (
            <p
              className="site-description"
              lang={brand.description.language === locale ? undefined : brand.description.language}
            >
              {brand.description.text}
            </p>
          )}
        </div>
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
