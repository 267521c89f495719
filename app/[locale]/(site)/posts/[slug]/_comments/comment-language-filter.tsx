import { autonym } from '@/lib/comments/language-name';
import type { Translate } from '@/lib/i18n/translate';

type Props = { t: Translate; total: number; languages: Array<{ language: string; count: number }> };

/**
 * All / one language, without JavaScript and without a page per choice: each link targets an empty
 * anchor before the list, and CSS (`:target`) hides the cards in other languages. The cached page
 * stays one for every reader.
 */
export function CommentLanguageFilter({ t, total, languages }: Props) {
  if (languages.length < 2) return null;
  return (
    <>
      {languages.map(({ language }) => (
        <span
          key={language}
          id={`comments-in-${language}`}
          className="thread-target"
          data-lang={language}
        />
      ))}
      <nav className="thread-filter" aria-label={t('thread.filter')}>
        <ul>
          <li>
            <a href="#comments" data-lang="all">
              {t('thread.all', { count: total })}
            </a>
          </li>
          {languages.map(({ language, count }) => (
            <li key={language}>
              <a href={`#comments-in-${language}`} data-lang={language}>
                <span lang={language}>{autonym(language)}</span> ({count})
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The filter's rules, one pair per language in the thread (CSS cannot compare an attribute with
 * the targeted anchor's). Codes are checked before they go into the style sheet.
 */
export function FilterStyle({ languages, nonce }: { languages: string[]; nonce?: string }) {
  if (languages.length < 2) return null;
  const rules = languages
    .filter((l) => LANGUAGE_CODE.test(l))
    .map(
      (l) =>
        `#comments-in-${l}:target~.comment-list .comment-card:not([data-lang="${l}"]){display:none}` +
        `#comments-in-${l}:target~.thread-filter a[data-lang="${l}"]{background:var(--accent);color:var(--accent-fg)}`,
    );
  return <style nonce={nonce}>{rules.join('')}</style>;
}
