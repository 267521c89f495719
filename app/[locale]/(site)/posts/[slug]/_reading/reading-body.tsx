import { BlockContent } from '@/components/block-content';
import { isMediaKind } from '@/lib/blocks/media';
import { numberFootnotes } from '@/lib/blocks/markdown/footnotes';
import type { PostBlock } from '@/lib/blocks/types';
import type { Translate } from '@/lib/i18n/translate';
import { PostFootnotes, notesKind } from './post-footnotes';
import { TranslationNote } from './translation-note';
import { MediaRow } from './media-row';

type Props = {
  blocks: PostBlock[];
  pair: [string, string | null];
  locale: string;
  t: Translate;
  /** Where "suggest a translation" links go; none in the preview or a revision. */
  suggestPath?: string;
};

/**
 * One row per block holding the original and its translation. Every view is this same markup
 * restyled by the article's data attributes, so switching views never re-renders or reflows rows.
 */
export function ReadingBody({
  blocks,
  pair: [original, translation],
  locale,
  t,
  suggestPath,
}: Props) {
  const labels = { footnoteLabel: t('post.footnotes'), footnoteBackLabel: t('post.footnoteBack') };
  // Notes are numbered down each language column and listed once at its end; ids carry the
  // language, so both columns link within themselves.
  const column = (lang: string | null) =>
    lang
      ? numberFootnotes(
          blocks.map((b) => (notesKind(b.kind) ? (b.texts[lang] ?? null) : null)),
          `${lang}-`,
        )
      : null;
  const columns = { original: column(original), translation: column(translation) };
  const notes = (index: number, block: PostBlock, lang: string) => ({
    ...labels,
    idPrefix: `b${block.id}-${lang}-`,
    postNotes: (lang === original ? columns.original : columns.translation)?.perBlock[index],
  });
  return (
    <div className="reading-body">
      {blocks.map((block, index) => {
        if (block.kind === 'more') return null;
        // A media block is the same in every language: shown once, in every view.
        if (isMediaKind(block.kind))
          return (
            <MediaRow
              key={block.id}
              {...{ block, t, suggestPath }}
              pair={[original, translation]}
            />
          );
        const translated = translation ? (block.texts[translation] ?? null) : null;
        return (
          <div
            key={block.id}
            id={`b${block.position + 1}`}
            className={`row${translated !== null ? ' translated' : ''}`}
            data-kind={block.kind}
          >
            <div className="cell original" lang={original}>
              <p className="fallback-note" lang={locale}>
                {t('post.originalShown')}
              </p>
              <BlockContent
                kind={block.kind}
                text={block.texts[original] ?? ''}
                src={block.src}
                href={block.href}
                lang={original}
                notes={notes(index, block, original)}
              />
            </div>
            {translation && translated !== null && (
              <div className="cell translation" lang={translation}>
                {block.stale?.includes(translation) && (
                  <p className="stale-note" lang={locale}>
                    {t('stale.readerNote')}
                  </p>
                )}
                <BlockContent
                  kind={block.kind}
                  text={translated}
                  src={block.src}
                  href={block.href}
                  lang={translation}
                  notes={notes(index, block, translation)}
                />
                <TranslationNote {...{ block, t, suggestPath }} language={translation} translated />
              </div>
            )}
            {translation && translated === null && (
              <div className="cell translation missing" lang={locale}>
                <p className="missing-note">{t('post.notTranslated')}</p>
                <TranslationNote
                  {...{ block, t, suggestPath }}
                  language={translation}
                  translated={false}
                />
              </div>
            )}
          </div>
        );
      })}
      <PostFootnotes {...{ blocks, original, translation, labels, columns }} />
    </div>
  );
}
