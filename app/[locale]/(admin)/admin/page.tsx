import type { Metadata } from 'next';
import Link from 'next/link';
import { listAdminPosts, type AdminPostRow } from '@/db/queries/admin-posts';
import { countPending, latestComments } from '@/db/queries/moderation';
import { getSettings } from '@/db/queries/settings';
import { LOCKOUT_NOTICE_DAYS, recentLockouts, type Lockout } from '@/db/queries/users';
import { requirePageRole } from '@/server/dal';
import { formatDateTime, pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { MailStatus } from './mail-status';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('admin.overview.title') };
}

export default async function AdminOverview({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const user = await requirePageRole(locale, `/${locale}/admin`, 'owner', 'moderator');
  const { timeZone, mailRetentionDays } = getSettings();
  const pending = countPending();
  const comments = latestComments(5);
  const time = (d: Date) => formatDateTime(d, locale, timeZone);
  const editable = user.role === 'owner';
  // Repeated failed sign-ins pause an account for a while; the owner hears of it here.
  const lockouts = editable ? recentLockouts() : [];
  return (
    <div className="admin-page overview">
      <h1>{t('admin.overview.title')}</h1>
      <p className="overview-pending">
        <strong>{t('admin.overview.pending', { count: pending })}</strong>{' '}
        <Link href={`/${locale}/admin/comments`} className="button small">
          {t('admin.overview.openQueue')}
        </Link>
      </p>
      {lockouts.length > 0 && <Lockouts lockouts={lockouts} t={t} time={time} />}
      {editable && <MailStatus t={t} retentionDays={mailRetentionDays} />}
      <div className="overview-grid">
        <section aria-labelledby="latest-comments">
          <h2 id="latest-comments">{t('admin.overview.latestComments')}</h2>
          {comments.length === 0 && <p className="muted">{t('admin.overview.noComments')}</p>}
          <ul className="overview-list">
            {comments.map((c) => (
              <li key={c.id}>
                <span className={`status status-${c.status}`}>{t(`admin.status.${c.status}`)}</span>{' '}
                <strong>{c.authorName}</strong>{' '}
                <span className="muted">
                  {t('admin.overview.onPost', {
                    title: pick(c.postTitles, locale) || t('admin.overview.untitled'),
                  })}
                </span>
                <p className="snippet">{c.body}</p>
                <time dateTime={c.createdAt.toISOString()} className="muted">
                  {time(c.createdAt)}
                </time>
              </li>
            ))}
          </ul>
        </section>
        <PostList
          id="drafts"
          title={t('admin.overview.drafts')}
          empty={t('admin.overview.noDrafts')}
          posts={listAdminPosts({ status: 'draft', perPage: 5 }).posts}
          locale={locale}
          t={t}
          editable={editable}
          when={(p) => t('admin.overview.updated', { time: time(p.updatedAt) })}
        />
        <PostList
          id="scheduled"
          title={t('admin.overview.scheduled')}
          empty={t('admin.overview.noScheduled')}
          posts={listAdminPosts({ status: 'scheduled', perPage: 5 }).posts}
          locale={locale}
          t={t}
          editable={editable}
          when={(p) =>
            t('admin.overview.scheduledFor', { time: p.publishedAt ? time(p.publishedAt) : '' })
          }
        />
      </div>
    </div>
  );
}

function Lockouts({
  lockouts,
  t,
  time,
}: {
  lockouts: Lockout[];
  t: Translate;
  time: (d: Date) => string;
}) {
  return (
    <section aria-labelledby="sign-in-lockouts" className="overview-lockouts">
      <h2 id="sign-in-lockouts">{t('admin.overview.lockouts', { days: LOCKOUT_NOTICE_DAYS })}</h2>
      <ul className="overview-list">
        {lockouts.map((l) => (
          <li key={l.id} className="status-spam">
            {t('admin.overview.lockout', {
              count: l.failures,
              email: l.email,
              time: time(l.until),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

type ListProps = {
  id: string;
  title: string;
  empty: string;
  posts: AdminPostRow[];
  locale: Locale;
  t: Translate;
  editable: boolean;
  when: (p: AdminPostRow) => string;
};

function PostList({ id, title, empty, posts, locale, t, editable, when }: ListProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {posts.length === 0 && <p className="muted">{empty}</p>}
      <ul className="overview-list">
        {posts.map((p) => {
          const name = pick(p.titles, locale) || t('admin.overview.untitled');
          return (
            <li key={p.id}>
              {editable ? (
                <Link href={`/${locale}/admin/posts/${p.id}/edit`}>{name}</Link>
              ) : (
                <strong>{name}</strong>
              )}
              <br />
              <span className="muted">{when(p)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
