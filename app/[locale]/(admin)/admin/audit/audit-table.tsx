import Link from 'next/link';
import type { AuditEntry } from '@/db/queries/audit';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { detailLines } from './audit-details';
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

/** An entry's details as a list in words; the stored JSON only in the title (React escapes both). */
function Details({ e, t }: { e: AuditEntry; t: Translate }) {
  const lines = detailLines(t, e.entity, e.details);
  if (!lines.length) return null;
  return (
    <dl className={styles.details} title={JSON.stringify(e.details)}>
      {lines.map((line, i) => (
        <div key={i}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The log as a table: actions and details in the UI language, their codes only in titles. */
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
            <td title={e.action}>{actionLabel(t, e.action)}</td>
            <td>
              <Target e={e} t={t} base={base} />
            </td>
            <td>
              <Details e={e} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
