import Link from 'next/link';
import type { AuditEntry } from '@/db/queries/audit';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { actionLabel, entityLabel } from './audit-labels';
import styles from './audit.module.css';

type Props = { rows: AuditEntry[]; t: Translate; locale: Locale; timeZone: string };

/** Where the entry's target can be looked at now, if it still exists. */
function targetHref(e: AuditEntry, base: string): string | null {
  if (e.entity === 'post' && e.postId) return `${base}/posts/${e.postId}/edit`;
  if (e.entity === 'comment' && e.commentId && e.commentStatus)
    return `${base}/comments?${new URLSearchParams({ status: e.commentStatus, post: String(e.commentPostId) })}`;
  if (e.entity === 'settings') return `${base}/settings`;
  if (e.entity === 'category') return `${base}/categories`;
  if (e.entity === 'tag') return `${base}/tags`;
  if (e.entity === 'user') return `${base}/users`;
  return null;
}

function Target({ e, t, base }: { e: AuditEntry; t: Translate; base: string }) {
  const name = `${entityLabel(t, e.entity)}${e.entityId ? ` #${e.entityId}` : ''}`;
  const href = targetHref(e, base);
  const slug = typeof e.details?.slug === 'string' ? e.details.slug : e.commentPostSlug;
  if (href)
    return (
      <>
        <Link href={href}>{name}</Link>
        {slug && <span className={`muted ${styles.slug}`}>{slug}</span>}
      </>
    );
  const gone = e.entityId && (e.entity === 'post' || e.entity === 'comment');
  return (
    <span>
      {gone ? t('audit.gone', { entity: entityLabel(t, e.entity), id: e.entityId! }) : name}
      {slug && <span className={`muted ${styles.slug}`}>{slug}</span>}
    </span>
  );
}

/** The log as a table; details are shown as JSON text (React escapes it), never as HTML. */
export function AuditTable({ rows, t, locale, timeZone }: Props) {
  const base = `/${locale}/admin`;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t('audit.colWhen')}</th>
          <th scope="col">{t('audit.colWho')}</th>
          <th scope="col">{t('audit.colWhat')}</th>
          <th scope="col">{t('audit.colTarget')}</th>
          <th scope="col">{t('audit.colDetails')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={e.createdAt.toISOString()}>
                {formatDateTime(e.createdAt, locale, timeZone)}
              </time>
            </td>
            <td>{e.actorName ?? t('audit.system')}</td>
            <td>
              {actionLabel(t, e.action)} <code className={styles.code}>{e.action}</code>
            </td>
            <td>
              <Target e={e} t={t} base={base} />
            </td>
            <td>
              {e.details && <code className={styles.details}>{JSON.stringify(e.details)}</code>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
