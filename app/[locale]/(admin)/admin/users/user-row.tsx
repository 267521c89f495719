'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ROLES, type Role } from '@/lib/model';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/model';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { changeUserAction, resetPasswordAction } from './actions';

type Props = {
  roles: Record<string, string>;
  user: { id: number; name: string; email: string; role: Role; disabled: boolean };
  self: boolean;
};

/** One account's controls: role, disable/enable and a new password (messages: `users`, `errors`). */
export function UserRow({ roles, user, self }: Props) {
  const t = useTranslations('users');
  const text = useErrorText();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [password, setPassword] = useState('');
  const [role, setRole] = useState(user.role);

  type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> } | null;
  const run = (call: () => Promise<Result>, ok: string, undo?: () => void) =>
    start(async () => {
      const result = await call().catch(() => null);
      const problem = result?.fieldErrors
        ? Object.values(result.fieldErrors)[0]?.[0]
        : result?.error;
      setNotice(
        result?.ok ? { ok: true, text: ok } : { ok: false, text: text(problem ?? 'network') },
      );
      if (result?.ok) setPassword('');
      else undo?.();
    });

  return (
    <tr>
      <th scope="row" data-label={t('name')}>
        {user.name}
        {self && <span className="muted"> ({t('you')})</span>}
        <br />
        <span className="muted">{user.email}</span>
      </th>
      <td data-label={t('role')}>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {t('roleOf', { name: user.name })}
        </label>
        <select
          id={`role-${user.id}`}
          value={role}
          disabled={pending}
          onChange={(e) => {
            const next = e.target.value as Role;
            setRole(next);
            run(
              () => changeUserAction(null, { id: user.id, role: next }),
              t('roleChanged'),
              () => setRole(user.role),
            );
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles[r]}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('status')}>
        {user.disabled ? t('disabled') : t('active')}{' '}
        <button
          type="button"
          className="button small"
          disabled={pending}
          onClick={() =>
            run(
              () =>
                changeUserAction(null, { id: user.id, disabled: user.disabled ? 'false' : 'true' }),
              user.disabled ? t('enabledNow') : t('disabledNow'),
            )
          }
        >
          {user.disabled ? t('enable') : t('disable')}
        </button>
      </td>
      <td data-label={t('newPassword')}>
        <form
          className="inline-form"
          onSubmit={(e) => (
            e.preventDefault(),
            run(() => resetPasswordAction(null, { id: user.id, password }), t('passwordReset'))
          )}
        >
          <label className="visually-hidden" htmlFor={`password-${user.id}`}>
            {t('newPasswordFor', { name: user.name })}
          </label>
          <input
            id={`password-${user.id}`}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button small" disabled={pending || !password}>
            {t('resetPassword')}
          </button>
        </form>
        <p
          role={notice?.ok === false ? 'alert' : 'status'}
          className={notice?.ok ? 'form-ok' : 'field-error'}
        >
          {notice?.text}
        </p>
      </td>
    </tr>
  );
}
