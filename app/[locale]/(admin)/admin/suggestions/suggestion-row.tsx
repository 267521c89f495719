import type { Translate } from '@/lib/i18n/translate';
import { reasonText } from '../comments/reason-text';
import { SuggestionForm } from './suggestion-form';
import type { SuggestionItem } from './suggestion-item';

/**
 * One suggestion beside the block it translates: the original (as it is now, and as the reader
 * saw it if it changed since), the current translation, the suggestion and who sent it.
 */
export function SuggestionRow({ item, t }: { item: SuggestionItem; t: Translate }) {
  const changed = item.originalNow !== null && item.originalNow !== item.originalThen;
  // Why a rule held it or sent it to spam, in words; the stored code only in the title.
  const reason = reasonText(
    t,
    item.reason,
    item.status === 'accepted' || item.status === 'rejected' ? 'approved' : item.status,
  );
  return (
    <li className="suggestion-row" aria-labelledby={`suggestion-${item.id}-title`}>
      <h2 id={`suggestion-${item.id}-title`} className="suggestion-title">
        <a href={item.postHref}>{item.postTitle}</a>{' '}
        {item.blockNumber !== null
          ? t('suggestionQueue.block', { number: item.blockNumber })
          : t('suggestionQueue.blockGone')}
      </h2>
      <div className="suggestion-compare">
        <section>
          <h3>{t('suggestionQueue.original')}</h3>
          <p className="suggestion-text" lang={item.originalLanguage}>
            {item.originalNow ?? item.originalThen}
          </p>
          {changed && (
            <p className="suggestion-text muted" lang={item.originalLanguage}>
              {item.originalThen}
            </p>
          )}
        </section>
        <section>
          <h3>{t('suggestionQueue.current')}</h3>
          <p className="suggestion-text" lang={item.language}>
            {item.currentText ?? t('suggestionQueue.none')}
          </p>
        </section>
        <section>
          <h3>{t('suggestionQueue.suggested', { language: item.languageName })}</h3>
          <p className="suggestion-text" lang={item.language}>
            {item.body}
          </p>
        </section>
      </div>
      <p className="suggestion-meta">
        {t('suggestionQueue.by', { name: item.authorName })} &lt;{item.authorEmail}&gt; ·{' '}
        <time dateTime={item.iso}>{item.time}</time>
        {reason && (
          <>
            {' '}
            · <span title={item.reason!}>{reason}</span>
          </>
        )}
      </p>
      {/* A suggestion whose block is gone can still be rejected, not accepted. */}
      {item.status === 'pending' && (
        <SuggestionForm item={item} canAccept={item.blockNumber !== null} />
      )}
    </li>
  );
}
