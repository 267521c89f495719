import type { Translate } from '@/lib/i18n/translate';
import type { AuditQuery } from '@/lib/validations/audit';
import { actionLabel } from './audit-labels';
import styles from './audit.module.css';

type Props = {
  t: Translate;
  path: string;
  query: AuditQuery;
  actors: Array<{ id: number; name: string }> | null;
  actions: string[];
};

/** A plain GET form: filtering works without JavaScript and every result has its own URL. */
export function AuditFilters({ t, path, query, actors, actions }: Props) {
  return (
    <form method="get" action={path} className={styles.filters} aria-label={t('audit.filters')}>
      {actors && (
        <label>
          {t('audit.actor')}
          <select name="actor" defaultValue={query.actor ? String(query.actor) : ''}>
            <option value="">{t('audit.anyone')}</option>
            {actors.map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('audit.action')}
        <select name="action" defaultValue={query.action ?? ''}>
          <option value="">{t('audit.anyAction')}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(t, a)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.from')}
        <input type="date" name="from" defaultValue={query.from ?? ''} />
      </label>
      <label>
        {t('audit.to')}
        <input type="date" name="to" defaultValue={query.to ?? ''} />
      </label>
      <button type="submit" className="button">
        {t('audit.filter')}
      </button>
    </form>
  );
}
