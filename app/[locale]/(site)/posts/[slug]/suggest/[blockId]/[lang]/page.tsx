import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlockContent } from '@/components/block-content';
import { ClientMessages } from '@/components/client-messages';
import { getSettings } from '@/db/queries/settings';
import { localeFrom } from '@/server/i18n';
import { languageName } from '@/lib/i18n/translate';
import { getPublicPost } from '@/server/reader-cache';
import { suggestionTarget } from '@/server/suggestions/submit';
import { COMMENT_ERRORS } from '@/lib/validations/comment';
import { SUGGESTION_ERRORS } from '@/lib/validations/suggestion';
import { postSuggestion } from '../../suggest-actions';
import { SuggestForm } from '../../suggest-form';
import '../../../_comments/comment-styles.css';

type Params = Promise<{ locale: string; slug: string; blockId: string; lang: string }>;

// One block's suggestion form, linked from the cached post page: rendered per request (proxy.ts
// gives it a nonce) so that a form post without JavaScript answers with its own page.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

const FORM_ERRORS = [...COMMENT_ERRORS, ...SUGGESTION_ERRORS] as const;

export default async function SuggestPage({ params }: { params: Params }) {
  const { locale, t } = await localeFrom(params);
  const { slug, blockId: rawId, lang } = await params;
  const blockId = /^\d{1,15}$/.test(rawId) ? Number(rawId) : 0;
  const target = suggestionTarget(slug, blockId, lang);
  const post = target.ok ? getPublicPost(slug) : null;
  const block = post?.blocks.find((b) => b.id === blockId);
  if (!target.ok || !post || !block) notFound();
  const original = post.originalLanguage;
  const current = block.texts[lang];
  const postHref = `/${locale}/posts/${post.slug}#b${block.position + 1}`;
  const title = post.translations[locale]?.title ?? post.translations[original]?.title ?? slug;
  return (
    <div className="suggest-page">
      <p>
        <a href={postHref}>{title}</a>
      </p>
      <h1>{t('suggestions.title')}</h1>
      <p>{t('suggestions.intro', { language: languageName(t, lang) })}</p>
      <section aria-labelledby="suggest-original">
        <h2 id="suggest-original">{t('suggestions.original')}</h2>
        <BlockContent
          kind={block.kind}
          text={target.originalText}
          src={block.src}
          lang={original}
        />
      </section>
      <section aria-labelledby="suggest-current">
        <h2 id="suggest-current">{t('suggestions.current')}</h2>
        {current ? (
          <BlockContent kind={block.kind} text={current} src={block.src} lang={lang} />
        ) : (
          <p>{t('suggestions.notTranslated')}</p>
        )}
      </section>
      <ClientMessages
        locale={locale}
        namespaces={['suggestions']}
        errors={FORM_ERRORS}
        timeZone={getSettings().timeZone}
      >
        <SuggestForm
          action={postSuggestion.bind(null, post.slug, locale)}
          blockId={block.id}
          language={lang}
          languageName={languageName(t, lang)}
          backHref={postHref}
        />
      </ClientMessages>
    </div>
  );
}
