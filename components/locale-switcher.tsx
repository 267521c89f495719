'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES, type Locale } from '@/lib/i18n/config';

const NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };

/** Links to the same page in each UI language, keeping the query (e.g. the reading view). */
export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${rest}${query ? `?${query}` : ''}`}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? 'true' : undefined}
              onClick={(event) => {
                document.cookie = `${LOCALE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
                // The page may have changed its own query without telling the router (e.g. the
                // reading view): follow the address as it is now.
                event.currentTarget.href = `/${l}${window.location.pathname.replace(/^\/[^/]+/, '')}${window.location.search}${window.location.hash}`;
              }}
            >
              {NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
