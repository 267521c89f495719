import Link from 'next/link';
import type { PostSummary } from '@/db/queries/posts';
import { postField } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { CoverImage } from './cover-image';
import { Phrases } from './phrases';
import { CoverageNote, PostMeta } from './post-meta';
import './post-card.css';

/**
 * A post in a listing, as a card: its cover (when it has one) beside or above the title in the UI
 * language (else the original), the excerpt, the meta line and the coverage.
 */
export function PostCard({
  post,
  locale,
  t,
  timeZone,
}: {
  post: PostSummary;
  locale: Locale;
  t: Translate;
  timeZone: string;
}) {
  const title = postField(post.translations, 'title', locale, post.originalLanguage);
  const excerpt = postField(post.translations, 'excerpt', locale, post.originalLanguage);
  return (
    <article className={post.coverSrc ? 'card has-cover' : 'card'}>
      <CoverImage src={post.coverSrc} />
      <div className="card-body">
        <h2>
          <Link href={`/${locale}/posts/${post.slug}`} lang={title?.language}>
            <Phrases text={title?.text} lang={title?.language} />
          </Link>
        </h2>
        {excerpt && (
          <p className="excerpt" lang={excerpt.language}>
            {excerpt.text}
          </p>
        )}
        <PostMeta locale={locale} t={t} timeZone={timeZone} post={post} />
        <CoverageNote
          t={t}
          blockCount={post.blockCount}
          translatedBlocks={post.translatedBlocks}
          originalLanguage={post.originalLanguage}
        />
      </div>
    </article>
  );
}
