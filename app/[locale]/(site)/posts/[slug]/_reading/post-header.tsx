import { CoverImage } from '@/components/cover-image';
import { Phrases } from '@/components/phrases';
import { PostMeta } from '@/components/post-meta';
import { PostTerms } from '@/components/post-terms';
import type { PublishedPost } from '@/db/queries/posts';
import { coverage } from '@/lib/blocks/types';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';

type Props = {
  post: PublishedPost;
  pair: [string, string | null];
  locale: Locale;
  t: Translate;
  timeZone: string;
};

/** Titles for both paired languages (CSS shows the one the view needs), meta line and coverage. */
export function PostHeader({ post, pair: [original, translation], locale, t, timeZone }: Props) {
  const titleIn = (l: string | null) => (l ? post.translations[l]?.title : undefined);
  const translatedTitle = titleIn(translation);
  const { translated, total, stale } = translation
    ? coverage(post.blocks, translation)
    : { translated: 0, total: 0, stale: 0 };
  return (
    <header className="post-header">
      <CoverImage src={post.coverSrc} eager />
      <h1>
        <span className="title original" lang={titleIn(original) ? original : translation!}>
          <Phrases
            text={titleIn(original) ?? translatedTitle}
            lang={titleIn(original) ? original : translation}
          />
        </span>
        {translatedTitle && (
          <span className="title translation" lang={translation!}>
            <Phrases text={translatedTitle} lang={translation} />
          </span>
        )}
      </h1>
      <PostMeta locale={locale} t={t} timeZone={timeZone} post={post} />
      <PostTerms locale={locale} t={t} categories={post.categories} tags={post.tags} />
      {translation && (
        <p className="coverage">
          <span className="lang-badge">
            {original} → {translation}
          </span>{' '}
          {stale
            ? t('stale.coverage', { translated, total, stale })
            : t('post.coverage', { translated, total })}
        </p>
      )}
    </header>
  );
}
