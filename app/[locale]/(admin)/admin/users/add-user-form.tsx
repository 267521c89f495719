'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, type InputHTMLAttributes } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ROLES } from '@/lib/model';
import { PASSWORD_MAX } from '@/lib/model';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  EMAIL_MAX,
  newUserSchema,
  USER_NAME_MAX,
  type NewUserValues,
} from '@/lib/validations/user';
import { addUserAction } from './actions';

const EMPTY: NewUserValues = { name: '', email: '', role: 'moderator', password: '' };

/** Adds a moderator or an owner with a first password they can change later (messages: `users`, `errors`). */
export function AddUserForm({ roles }: { roles: Record<string, string> }) {
  const t = useTranslations('users');
  const text = useErrorText();
  const form = useForm<NewUserValues, unknown, z.output<typeof newUserSchema>>({
    resolver: zodResolver(newUserSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function add() {
    const result = await addUserAction(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {}))
        form.setError(path as keyof NewUserValues, { message });
      return setNotice({ ok: false, text: text(result?.error ?? 'network') });
    }
    form.reset(EMPTY);
    setNotice({ ok: true, text: t('added') });
  }

  const field = (
    name: keyof NewUserValues,
    label: string,
    props: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div className="field">
      <label htmlFor={`new-${name}`}>{label}</label>
      <input
        id={`new-${name}`}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`new-${name}-error`}
        {...props}
        {...form.register(name)}
      />
      {errors[name] && (
        <p id={`new-${name}-error`} className="field-error">
          {text(errors[name]?.message)}
        </p>
      )}
    </div>
  );

  return (
    <form
      onSubmit={form.handleSubmit(add)}
      noValidate
      className="user-form"
      aria-labelledby="add-user"
    >
      <h2 id="add-user">{t('addUser')}</h2>
      {field('name', t('name'), { maxLength: USER_NAME_MAX, autoComplete: 'off' })}
      {field('email', t('email'), { type: 'email', maxLength: EMAIL_MAX, autoComplete: 'off' })}
      <div className="field">
        <label htmlFor="new-role">{t('role')}</label>
        <select id="new-role" {...form.register('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles[r]}
            </option>
          ))}
        </select>
      </div>
      {field('password', t('password'), {
        type: 'password',
        maxLength: PASSWORD_MAX,
        autoComplete: 'new-password',
      })}
      <div>
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('add')}
        </button>{' '}
        <span
          role={notice?.ok === false ? 'alert' : 'status'}
          className={notice?.ok ? 'form-ok' : 'field-error'}
        >
          {notice?.text}
        </span>
      </div>
    </form>
  );
}
