import type { Metadata } from 'next';
import { Pagination, pageFrom } from '@/components/pagination';
import { listAudit, listAuditActions, listAuditActors } from '@/db/queries/audit';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { AUDIT_PAGE_SIZE, auditQuerySchema, auditRange } from '@/lib/validations/audit';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A moderator sees only their own moderation: who approved what is theirs to check, but the
// owner's settings, users and posts (and other moderators' work) are not.
const MODERATION = 'comment.';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('audit.title') };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const path = `/${locale}/admin/audit`;
  const user = await requirePageRole(locale, path, 'owner', 'moderator');
  const owner = user.role === 'owner';
  const raw = await searchParams;
  const query = auditQuerySchema.parse(raw);
  const { timeZone } = getSettings();
  const page = pageFrom(raw.page);
  const { rows, total } = listAudit({
    ...auditRange(query, timeZone),
    actorId: owner ? query.actor : user.id,
    action: query.action,
    actionPrefix: owner ? undefined : MODERATION,
    page,
    perPage: AUDIT_PAGE_SIZE,
  });
  const actions = listAuditActions().filter((a) => owner || a.startsWith(MODERATION));
  const kept = Object.fromEntries(
    Object.entries({ ...query, actor: owner ? query.actor : undefined })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <div className="admin-page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro', { zone: timeZone })}</p>
      {!owner && <p>{t('audit.ownOnly')}</p>}
      <AuditFilters
        t={t}
        path={path}
        query={query}
        actors={owner ? listAuditActors() : null}
        actions={actions}
      />
      <p role="status">{t('audit.count', { count: total })}</p>
      {rows.length > 0 && <AuditTable rows={rows} t={t} locale={locale} timeZone={timeZone} />}
      <Pagination
        t={t}
        page={page}
        pages={Math.ceil(total / AUDIT_PAGE_SIZE)}
        basePath={path}
        query={kept}
      />
    </div>
  );
}
