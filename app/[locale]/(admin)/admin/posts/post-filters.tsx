import { ADMIN_STATUSES, type AdminPostFilter } from '@/db/queries/admin-posts';
import type { Translate } from '@/lib/i18n/translate';
import styles from './posts.module.css';

type Props = {
  t: Translate;
  locale: string;
  filter: AdminPostFilter;
  categories: Array<{ id: number; name: string }>;
};

/** A plain GET form: filtering works without JavaScript and every result has its own URL. */
export function PostFilters({ t, locale, filter, categories }: Props) {
  return (
    <form role="search" method="get" action={`/${locale}/admin/posts`} className={styles.filters}>
      {filter.trash && <input type="hidden" name="view" value="trash" />}
      <label>
        {t('editor.searchTitles')}
        <input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={200} />
      </label>
      <label>
        {t('editor.status')}
        <select name="status" defaultValue={filter.status ?? ''}>
          <option value="">{t('editor.all')}</option>
          {ADMIN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`editor.states.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('editor.category')}
        <select
          name="category"
          defaultValue={filter.categoryId === undefined ? '' : String(filter.categoryId)}
        >
          <option value="">{t('editor.all')}</option>
          <option value="none">{t('editor.uncategorised')}</option>
          {categories.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t('editor.filter')}
      </button>
    </form>
  );
}
