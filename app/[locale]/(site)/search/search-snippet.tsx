import type { SearchResult } from '@/db/queries/search';
import { languageName, type Translate } from '@/lib/i18n/translate';

/** The matched text in its own language, matches in <mark>; every part is a text node, never HTML. */
export function SearchSnippet({ snippet, t }: { snippet: SearchResult['snippet']; t: Translate }) {
  const language = languageName(t, snippet.language);
  return (
    <div className="snippet">
      <p className="snippet-source">
        {t(snippet.source === 'title' ? 'site.matchedTitleIn' : 'site.matchedIn', { language })}
      </p>
      <p className="snippet-text" lang={snippet.language}>
        {snippet.clippedStart && '… '}
        {snippet.parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
        {snippet.clippedEnd && ' …'}
      </p>
    </div>
  );
}
