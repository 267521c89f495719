import type { Metadata } from 'next';
import { listTagsForAdmin } from '@/db/queries/tags';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { pick } from '@/lib/format';
import { languageName } from '@/lib/i18n/translate';
import { TagForm } from './tag-form';
import styles from '../categories/categories.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('taxonomy.tagsTitle') };
}

export default async function TagsPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/tags`, 'owner');
  const tags = listTagsForAdmin();
  const settings = getSettings();
  const languages = [
    ...new Set([...settings.languages, ...tags.flatMap((tag) => Object.keys(tag.names))]),
  ];
  const names = Object.fromEntries(languages.map((l) => [l, languageName(t, l)]));
  const blank = Object.fromEntries(languages.map((l) => [l, '']));
  const choices = tags.map((tag) => ({ id: tag.id, name: pick(tag.names, locale) || tag.slug }));
  return (
    <div className={`admin-page ${styles.page}`}>
      <h1>{t('taxonomy.tagsTitle')}</h1>
      <p className="muted">{t('taxonomy.tagsHelp')}</p>
      {tags.length === 0 && <p>{t('taxonomy.noTags')}</p>}
      <ClientMessages
        locale={locale}
        namespaces={['taxonomy', 'errors']}
        timeZone={settings.timeZone}
      >
        <ul className={styles.list}>
          {tags.map((tag) => (
            <li key={tag.id}>
              <TagForm
                id={tag.id}
                languages={languages}
                names={names}
                values={{ id: tag.id, slug: tag.slug, names: { ...blank, ...tag.names } }}
                postCount={tag.postCount}
                others={choices.filter((c) => c.id !== tag.id)}
              />
            </li>
          ))}
        </ul>
      </ClientMessages>
    </div>
  );
}
