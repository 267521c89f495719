import type { Metadata } from 'next';
import { listCategoriesForAdmin } from '@/db/queries/admin-categories';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/lib/dal';
import { localeFrom } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/translate';
import { CategoryForm } from './category-form';
import styles from './categories.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('categories.title') };
}

export default async function CategoriesPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/categories`, 'owner');
  const categories = listCategoriesForAdmin();
  const languages = [...new Set([...getSettings().languages, ...categories.flatMap((c) => Object.keys(c.names))])];
  const names: Record<string, string> = Object.fromEntries(languages.map((l) => [l, (MESSAGES[locale].languageNames as Record<string, string>)[l] ?? l]));
  const m = MESSAGES[locale].categories;
  const blank = Object.fromEntries(languages.map((l) => [l, '']));
  return (
    <div className={`admin-page ${styles.page}`}>
      <h1>{t('categories.title')}</h1>
      <p className="muted">{t('categories.help')}</p>
      {categories.length === 0 && <p>{t('categories.none')}</p>}
      <ul className={styles.list}>
        {categories.map((c) => (
          <li key={c.id}>
            <CategoryForm m={m} languages={languages} names={names} values={{ id: c.id, slug: c.slug, names: { ...blank, ...c.names } }} postCount={c.postCount} />
          </li>
        ))}
      </ul>
      <h2>{t('categories.newCategory')}</h2>
      <CategoryForm m={m} languages={languages} names={names} values={{ slug: '', names: blank }} />
    </div>
  );
}
