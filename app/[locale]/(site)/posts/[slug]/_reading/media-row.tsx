import { BlockContent } from '@/components/block-content';
import type { PostBlock } from '@/lib/blocks/types';
import type { Translate } from '@/lib/i18n/translate';
import { TranslationNote } from './translation-note';

type Props = {
  block: PostBlock;
  pair: [string, string | null];
  t: Translate;
  suggestPath?: string;
};

/**
 * An image, gallery, embed, audio or video block: the thing itself is the same in every language,
 * so every view shows it once (one cell across the row), with the original's caption and, under
 * it, the translation's caption when there is one and a link to suggest it.
 */
export function MediaRow({ block, pair: [original, translation], t, suggestPath }: Props) {
  const caption = block.texts[original] ?? '';
  const translated = translation ? (block.texts[translation] ?? '') : '';
  return (
    <div id={`b${block.position + 1}`} className="row media" data-kind={block.kind}>
      <div className="cell media" lang={original}>
        <BlockContent
          kind={block.kind}
          text={caption}
          src={block.src}
          href={block.href}
          lang={original}
        />
        {translated && (
          <p className="media-caption" lang={translation!}>
            {translated}
          </p>
        )}
        {translation && caption && (
          <TranslationNote
            {...{ block, t, suggestPath }}
            language={translation}
            translated={!!translated}
          />
        )}
      </div>
    </div>
  );
}
