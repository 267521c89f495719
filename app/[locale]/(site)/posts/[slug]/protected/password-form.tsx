'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { postPasswordSchema } from '@/lib/validations/post-password';
import { unlockPost } from './actions';

type Props = { slug: string; locale: string };

/** The password of a protected post; works without JavaScript. Messages: `protectedPost`, `errors`. */
export function PasswordForm({ slug, locale }: Props) {
  const t = useTranslations('protectedPost');
  const errorOf = useErrorText();
  const [state, action, pending] = useActionState(unlockPost, null);
  const returned = state && !state.ok ? state : null;
  const { register, handleSubmit, formState, resetField } = useForm<
    z.input<typeof postPasswordSchema>,
    unknown,
    z.output<typeof postPasswordSchema>
  >({ resolver: zodResolver(postPasswordSchema), defaultValues: { password: '' } });
  // A refused password is not kept in the field (nor ever sent back by the server).
  useEffect(() => {
    if (returned) resetField('password');
  }, [returned, resetField]);
  const error = errorOf(
    formState.errors.password?.message ??
      returned?.fieldErrors?.password?.[0] ??
      (returned?.error === 'invalid' ? undefined : returned?.error),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    return handleSubmit(() => startTransition(() => action(new FormData(form))))(event);
  };
  return (
    <form action={action} onSubmit={submit} noValidate className="post-password-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <p>{t('explain')}</p>
      <label htmlFor="post-password">{t('password')}</label>
      <input
        id="post-password"
        type="password"
        autoComplete="off"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'post-password-error' : undefined}
        {...register('password')}
      />
      {error && (
        <p id="post-password-error" role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
