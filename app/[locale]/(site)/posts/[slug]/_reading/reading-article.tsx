import type { ReactNode } from 'react';
import type { PublishedPost } from '@/db/queries/posts';
import { getSettings } from '@/db/queries/settings';
import type { Locale } from '@/lib/i18n/config';
import { hasRuby } from '@/lib/blocks/markdown/ruby';
import type { Translate } from '@/lib/i18n/translate';
import { FuriganaToggle } from './furigana-toggle';
import { PostHeader } from './post-header';
import { ReadingBody } from './reading-body';
import { ReadingControls } from './reading-controls';
import { resolveReadingState } from './reading-state';
import { viewOptions } from './view-options';
import { ViewScript } from './view-script';

type Props = {
  post: PublishedPost;
  locale: Locale;
  t: Translate;
  /** A view chosen in the URL; without one, the reader's cookie applies in the browser. */
  choice?: { view?: string; lang?: string };
  /** Where the view links point: the public post, or the owner's preview. */
  path: string;
  /** The CSP nonce of a page rendered per request (cached pages allow the script by hash). */
  nonce?: string;
  /** Links each translation cell to its suggestion page (the public post only). */
  suggestPath?: string;
  children?: ReactNode;
};

/**
 * A post in the reader's view: the URL's choice, else the blog default, which the inline script
 * turns into the reader's remembered view before first paint. Used by the post page, its
 * `?view=` variants and the preview. Reads no cookie, so the page can be cached for everybody.
 */
export function ReadingArticle(props: Props) {
  const { post, locale, t, choice, path, nonce, suggestPath, children } = props;
  const settings = getSettings();
  const state = resolveReadingState({
    query: choice ?? {},
    cookies: {},
    defaultView: settings.defaultView,
    locale,
    languages: post.languages,
  });
  const [original, translation] = state.pair;
  return (
    <article
      id="reading"
      className="reading"
      data-view={state.view}
      data-side={state.lang === original ? 'original' : 'translation'}
      data-lang={state.lang}
      data-pair={translation ? `${original} ${translation}` : original}
    >
      {!choice && translation && <ViewScript nonce={nonce} />}
      {/* The view bar sticks within the text only: it must not cover the comments below. */}
      <div className="reading-text">
        <PostHeader
          post={post}
          pair={state.pair}
          locale={locale}
          t={t}
          timeZone={settings.timeZone}
        />
        {translation && (
          <ReadingControls
            options={viewOptions({
              path,
              pair: [original, translation],
              languages: post.languages,
              t,
            })}
            initial={{ view: state.view, lang: state.lang }}
            pair={[original, translation]}
            label={t('reading.label')}
            hint={t('reading.hint')}
            fixed={Boolean(choice)}
          />
        )}
        {post.blocks.some((b) => Object.values(b.texts).some(hasRuby)) && (
          <FuriganaToggle label={t('post.furigana')} />
        )}
        <ReadingBody
          blocks={post.blocks}
          pair={state.pair}
          locale={locale}
          t={t}
          suggestPath={suggestPath}
        />
      </div>
      {children}
    </article>
  );
}
