import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import styles from './post-terms.module.css';
import { TermName } from './term-name';

type Term = { slug: string; names: Record<string, string> };

/** A post's categories and tags as links to their pages; nothing when it has neither. */
export function PostTerms({
  locale,
  t,
  categories,
  tags,
}: {
  locale: Locale;
  t: Translate;
  categories: Term[];
  tags: Term[];
}) {
  const group = (label: string, base: string, terms: Term[]) =>
    terms.length > 0 && (
      <div className={styles.group}>
        <dt>{label}</dt>
        {terms.map((term) => (
          <dd key={term.slug}>
            <Link
              href={`/${locale}/${base}/${term.slug}`}
              rel={base === 'tags' ? 'tag' : undefined}
            >
              <TermName names={term.names} locale={locale} fallback={term.slug} />
            </Link>
          </dd>
        ))}
      </div>
    );
  if (!categories.length && !tags.length) return null;
  return (
    <dl className={styles.terms}>
      {group(t('taxonomy.postCategories'), 'categories', categories)}
      {group(t('taxonomy.postTags'), 'tags', tags)}
    </dl>
  );
}
