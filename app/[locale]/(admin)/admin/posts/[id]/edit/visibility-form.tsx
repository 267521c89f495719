'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { POST_VISIBILITIES, type PostVisibility } from '@/lib/model';
import { postVisibilitySchema, type PostVisibilityValues } from '@/lib/validations/post-visibility';
import { savePostVisibility } from './visibility-actions';

type Props = { postId: number; visibility: PostVisibility; hasPassword: boolean };

/** Public, password-protected or private (messages: `visibility`, `errors`). */
export function VisibilityForm({ postId, visibility, hasPassword }: Props) {
  const t = useTranslations('visibility');
  const text = useErrorText();
  const form = useForm<PostVisibilityValues, unknown, z.output<typeof postVisibilitySchema>>({
    resolver: zodResolver(postVisibilitySchema),
    defaultValues: { postId, visibility, password: '' },
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = useWatch({ control: form.control, name: 'visibility' });
  const error = form.formState.errors.password?.message;

  async function save() {
    const result = await savePostVisibility(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      const field = result?.fieldErrors?.password?.[0];
      if (field) form.setError('password', { message: field });
      return setNotice({ ok: false, text: text(result?.error ?? 'network') });
    }
    form.reset({ postId, visibility: form.getValues('visibility'), password: '' });
    setNotice({ ok: true, text: t('saved') });
  }

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-labelledby="visibility-title">
      <h2 id="visibility-title">{t('title')}</h2>
      <fieldset>
        <legend>{t('legend')}</legend>
        {POST_VISIBILITIES.map((v) => (
          <label key={v} className="choice">
            <input type="radio" value={v} {...form.register('visibility')} /> {t(v)}
          </label>
        ))}
      </fieldset>
      {chosen === 'password' && (
        <div className="field">
          <label htmlFor="visibility-password">{t('passwordLabel')}</label>
          <input
            id="visibility-password"
            type="password"
            autoComplete="new-password"
            aria-invalid={error ? true : undefined}
            aria-describedby="visibility-password-hint"
            {...form.register('password')}
          />
          <p id="visibility-password-hint" className="muted">
            {hasPassword ? t('keepPassword') : t('newPassword')}
          </p>
          {error && <p className="field-error">{text(error)}</p>}
        </div>
      )}
      <button type="submit" className="button small" disabled={form.formState.isSubmitting}>
        {t('save')}
      </button>
      <span
        role={notice?.ok === false ? 'alert' : 'status'}
        className={notice?.ok ? 'form-ok' : 'field-error'}
      >
        {notice?.text}
      </span>
    </form>
  );
}
