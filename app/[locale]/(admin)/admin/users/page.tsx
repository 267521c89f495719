import type { Metadata } from 'next';
import { getSettings } from '@/db/queries/settings';
import { listUsers } from '@/db/queries/users';
import { ClientMessages } from '@/components/client-messages';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { AddUserForm } from './add-user-form';
import { UserRow } from './user-row';
import styles from './users.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('users.title') };
}

export default async function UsersPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const me = await requirePageRole(locale, `/${locale}/admin/users`, 'owner');
  const roles = { owner: t('admin.roles.owner'), moderator: t('admin.roles.moderator') };
  return (
    <div className={`admin-page ${styles.page}`}>
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.help')}</p>
      <ClientMessages
        locale={locale}
        namespaces={['users', 'errors']}
        timeZone={getSettings().timeZone}
      >
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.newPassword')}</th>
            </tr>
          </thead>
          <tbody>
            {listUsers().map((u) => (
              <UserRow key={u.id} roles={roles} user={u} self={u.id === me.id} />
            ))}
          </tbody>
        </table>
        <AddUserForm roles={roles} />
      </ClientMessages>
    </div>
  );
}
