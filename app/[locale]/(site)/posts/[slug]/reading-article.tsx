import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import type { PublishedPost } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { PostHeader } from './post-header';
import { ReadingBody } from './reading-body';
import { ReadingControls } from './reading-controls';
import { LANG_COOKIE, resolveReadingState, VIEW_COOKIE } from './reading-state';
import { viewOptions } from './view-options';

type Props = {
  post: PublishedPost;
  locale: Locale;
  t: Translate;
  query: Record<string, string | string[] | undefined>;
  /** Where the view links point: the public post, or the owner's preview. */
  path: string;
  children?: ReactNode;
};

/** A post in the reader's chosen view (URL, then cookie, then the blog default); used by the post page and the preview. */
export async function ReadingArticle({ post, locale, t, query, path, children }: Props) {
  const settings = getSettings();
  const jar = await cookies();
  const state = resolveReadingState({
    query,
    cookies: { view: jar.get(VIEW_COOKIE)?.value, lang: jar.get(LANG_COOKIE)?.value },
    defaultView: settings.defaultView,
    locale,
    languages: post.languages,
  });
  const [original, translation] = state.pair;
  return (
    <article id="reading" className="reading" data-view={state.view} data-side={state.lang === original ? 'original' : 'translation'}>
      <PostHeader post={post} pair={state.pair} locale={locale} t={t} timeZone={settings.timeZone} />
      {translation && (
        <ReadingControls
          options={viewOptions({ path, pair: [original, translation], languages: post.languages, t })}
          initial={{ view: state.view, lang: state.lang }}
          pair={[original, translation]}
          label={t('reading.label')}
          hint={t('reading.hint')}
        />
      )}
      <ReadingBody blocks={post.blocks} pair={state.pair} locale={locale} t={t} />
      {children}
    </article>
  );
}
