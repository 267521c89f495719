import type { Metadata } from 'next';
import { listCategoriesForAdmin } from '@/db/queries/admin-categories';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { treeOrder } from '@/lib/category-tree';
import { pick } from '@/lib/format';
import { languageName } from '@/lib/i18n/translate';
import { CategoryForm } from './category-form';
import { UntranslatedCategories } from './untranslated-categories';
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
  const settings = getSettings();
  const languages = [
    ...new Set([...settings.languages, ...categories.flatMap((c) => Object.keys(c.names))]),
  ];
  const names = Object.fromEntries(languages.map((l) => [l, languageName(t, l)]));
  const blank = Object.fromEntries(languages.map((l) => [l, '']));
  const tree = treeOrder(categories).map((c) => ({
    ...c,
    name: pick(c.names, locale) || c.slug,
  }));
  return (
    <div className={`admin-page ${styles.page}`}>
      <h1>{t('categories.title')}</h1>
      <p className="muted">{t('categories.help')}</p>
      {categories.length === 0 && <p>{t('categories.none')}</p>}
      <UntranslatedCategories
        categories={categories}
        languages={settings.languages}
        names={names}
        locale={locale}
        t={t}
      />
      <ClientMessages
        locale={locale}
        namespaces={['categories', 'taxonomy', 'errors']}
        timeZone={settings.timeZone}
      >
        <ul className={styles.list}>
          {tree.map((c) => (
            <li key={c.id} style={{ marginInlineStart: `${Math.min(c.depth, 4) * 1.5}rem` }}>
              <CategoryForm
                languages={languages}
                parents={tree.filter((p) => p.id !== c.id)}
                names={names}
                values={{
                  id: c.id,
                  slug: c.slug,
                  names: { ...blank, ...c.names },
                  parentId: c.parentId ?? '',
                }}
                postCount={c.postCount}
              />
            </li>
          ))}
        </ul>
        <h2>{t('categories.newCategory')}</h2>
        <CategoryForm
          languages={languages}
          parents={tree}
          names={names}
          values={{ slug: '', names: blank, parentId: '' }}
        />
      </ClientMessages>
    </div>
  );
}
