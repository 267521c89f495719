'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { signInSchema } from '@/lib/validations/sign-in';
import { EMAIL_MAX } from '@/lib/validations/user';
import { signInAction } from './actions';

// The sign-in action's `rateLimited` has its own message (comments have theirs under that name).
const signInCode = (code: string) => (code === 'rateLimited' ? 'signInRateLimited' : code);

type Props = { locale: Locale; next: string; initialError?: string };

/**
 * Validated in the browser with the same schema as the server; posts to the action without
 * JavaScript too. Messages: `auth` and its `errors`.
 */
export function LoginForm({ locale, next, initialError }: Props) {
  const t = useTranslations('auth');
  const errorOf = useErrorText();
  const messageFor = (code: string | undefined) => errorOf(code && signInCode(code));
  const [state, action, pending] = useActionState(signInAction, null);
  const returned = state && !state.ok ? state : null;
  const email = typeof returned?.values?.email === 'string' ? returned.values.email : '';
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof signInSchema>,
    unknown,
    z.output<typeof signInSchema>
  >({
    resolver: zodResolver(signInSchema),
    defaultValues: { email, password: '' },
  });
  const formError = messageFor(
    returned ? (returned.error === 'invalid' ? undefined : returned.error) : initialError,
  );
  const fieldError = (name: 'email' | 'password') =>
    messageFor(formState.errors[name]?.message ?? returned?.fieldErrors?.[name]?.[0]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    return handleSubmit(() => startTransition(() => action(new FormData(form))))(event);
  };

  return (
    <form action={action} onSubmit={submit} noValidate className="auth-form">
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      {formError && (
        <p role="alert" className="form-error">
          {formError}
        </p>
      )}
      <Field id="email" label={t('email')} error={fieldError('email')}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          maxLength={EMAIL_MAX}
          defaultValue={email}
          aria-invalid={Boolean(fieldError('email'))}
          aria-describedby={fieldError('email') ? 'email-error' : undefined}
          {...register('email')}
        />
      </Field>
      {/* No maxLength: a browser would cut a pasted long password short instead of refusing it. The
          defaultValue renders what was typed into the HTML, for the form without JavaScript. */}
      <Field id="password" label={t('password')} error={fieldError('password')}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(fieldError('password'))}
          aria-describedby={fieldError('password') ? 'password-error' : undefined}
          {...register('password')}
        />
      </Field>
      <button type="submit" className="button primary" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
