import Link from 'next/link';
import { getSettings } from '@/db/queries/settings';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { TermName } from './term-name';

type Props = {
  locale: Locale;
  t: Translate;
  timeZone: string;
  post: {
    slug: string;
    authorName: string;
    publishedAt: Date | null;
    commentCount: number;
    category: { slug: string; names: Record<string, string> } | null;
  };
};

/**
 * The blog's footer line, "posted by AUTHOR at TIME | Comment(N) | CATEGORY": in the Seesaa style
 * (the blog's roots) these words stay English on every page; "localized" says them in the page's
 * language. Read here rather than passed down, as every listing and post shows this line.
 */
export function PostMeta({ locale, t, timeZone, post }: Props) {
  const time = post.publishedAt ? formatDateTime(new Date(post.publishedAt), locale, timeZone) : '';
  const style = getSettings().footerStyle;
  return (
    <p className="post-meta" data-footer-style={style}>
      <span>
        {t(`footer.${style}.postedBy`, { author: '\u2068' + post.authorName + '\u2069', time })}
      </span>
      <span aria-hidden="true"> | </span>
      <Link href={`/${locale}/posts/${post.slug}#comments`}>
        {t(`footer.${style}.comments`, { count: post.commentCount })}
      </Link>
      <span aria-hidden="true"> | </span>
      {post.category ? (
        <Link href={`/${locale}/categories/${post.category.slug}`}>
          <TermName names={post.category.names} locale={locale} />
        </Link>
      ) : (
        <span>{t('post.uncategorized')}</span>
      )}
    </p>
  );
}

/** "6 of 19 blocks translated" per translation language. */
export function CoverageNote({
  t,
  blockCount,
  translatedBlocks,
  originalLanguage,
}: {
  t: Translate;
  blockCount: number;
  translatedBlocks: Record<string, number>;
  originalLanguage: string;
}) {
  const languages = Object.keys(translatedBlocks).filter((l) => l !== originalLanguage);
  if (!languages.length) return null;
  return (
    <p className="coverage">
      {languages.map((l) => (
        <span key={l} className="coverage-item">
          <span className="lang-badge">
            {originalLanguage} → {l}
          </span>{' '}
          {t('post.coverage', { translated: translatedBlocks[l] ?? 0, total: blockCount })}
        </span>
      ))}
    </p>
  );
}
