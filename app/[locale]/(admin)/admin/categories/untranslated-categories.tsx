import type { Translate } from '@/lib/i18n/translate';
import { TermName } from '@/components/term-name';

type Category = { id: number; slug: string; names: Record<string, string> };

/** The blog's languages a category has no name in (an empty name counts as none). */
export const missingLanguages = (names: Record<string, string>, languages: string[]) =>
  languages.filter((l) => !names[l]?.trim());

/**
 * Categories readers see in another language than the page's (`/en` showing a Japanese-only
 * import), each with a link to the empty name box in its form below. Nothing when all are named.
 */
export function UntranslatedCategories({
  categories,
  languages,
  names,
  locale,
  t,
}: {
  categories: Category[];
  /** The blog's languages (settings). */
  languages: string[];
  names: Record<string, string>;
  locale: string;
  t: Translate;
}) {
  const untranslated = categories
    .map((c) => ({ ...c, missing: missingLanguages(c.names, languages) }))
    .filter((c) => c.missing.length > 0);
  if (untranslated.length === 0) return null;
  return (
    <section aria-labelledby="untranslated-title" className="untranslated-categories">
      <h2 id="untranslated-title">{t('categories.untranslatedTitle')}</h2>
      <p className="muted">{t('categories.untranslatedHelp')}</p>
      <ul>
        {untranslated.map((c) => (
          <li key={c.id}>
            <strong>
              <TermName names={c.names} locale={locale} fallback={c.slug} />
            </strong>{' '}
            <span className="muted">({c.slug})</span>
            {': '}
            {c.missing.map((l, i) => (
              <span key={l}>
                {i > 0 && ', '}
                <a href={`#c${c.id}-name-${l}`}>
                  {t('categories.addName', { language: names[l] ?? l })}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
