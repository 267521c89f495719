import type { PostBlock } from '@/lib/blocks/types';
import type { Translate } from '@/lib/i18n/translate';
import './translation-note.css';

type Props = {
  block: PostBlock;
  language: string;
  translated: boolean;
  /** `/{locale}/posts/{slug}/suggest`, on the public page only (not in the owner's preview). */
  suggestPath?: string;
  t: Translate;
};

/**
 * Under a translation cell: who suggested the translation (plain text, as React escapes it) and a
 * link to the block's suggestion page. A link, not a form, so the cached page stays the same for
 * every reader and the suggestion works without JavaScript.
 */
export function TranslationNote({ block, language, translated, suggestPath, t }: Props) {
  const credit = translated ? block.credits?.[language] : undefined;
  if (!credit && !suggestPath) return null;
  return (
    <p className="translation-note">
      {credit && (
        <span className="translation-credit">{t('suggestions.credit', { name: credit })}</span>
      )}
      {credit && suggestPath && ' '}
      {suggestPath && (
        <a className="suggest-link" href={`${suggestPath}/${block.id}/${language}`} rel="nofollow">
          {t(translated ? 'suggestions.suggestBetter' : 'suggestions.suggest')}
        </a>
      )}
    </p>
  );
}
