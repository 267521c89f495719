import type { Metadata } from 'next';
import type { Translate } from '@/lib/i18n/translate';

/**
 * Feed autodiscovery (<link rel="alternate" type="application/rss+xml">) for a locale. A page whose
 * metadata sets its own `alternates` replaces these, so it should spread this into its `types`.
 */
export function feedAlternates(
  locale: string,
  blogTitle: string,
  t: Translate,
): NonNullable<Metadata['alternates']>['types'] {
  return {
    'application/rss+xml': [
      { url: `/${locale}/feed.xml`, title: blogTitle },
      {
        url: `/${locale}/comments/feed.xml`,
        title: t('site.commentsFeedTitle', { blog: blogTitle }),
      },
    ],
  };
}
