'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { redirectSchema, type RedirectFormValues } from '@/lib/validations/redirect';
import { deleteRedirectAction, saveRedirectAction } from './actions';

type Props = { values: RedirectFormValues };

/** One old address and where it leads (or a new one); messages: `redirects`, `errors`. */
export function RedirectForm({ values }: Props) {
  const t = useTranslations('redirects');
  const text = useErrorText();
  const form = useForm<RedirectFormValues, unknown, z.output<typeof redirectSchema>>({
    resolver: zodResolver(redirectSchema),
    defaultValues: values,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { errors, isSubmitting } = form.formState;
  const key = values.id ? `r${values.id}` : 'new';

  async function save() {
    const result = await saveRedirectAction(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {}))
        form.setError(path as 'fromPath' | 'to', { message });
      return setNotice({ ok: false, text: text(result?.error ?? 'network') });
    }
    form.reset(values.id ? form.getValues() : values);
    setNotice({ ok: true, text: t('saved') });
  }

  async function remove() {
    if (!values.id || !window.confirm(t('confirmDelete'))) return;
    const result = await deleteRedirectAction(null, { id: values.id }).catch(() => null);
    if (!result?.ok) setNotice({ ok: false, text: text(result?.error ?? 'network') });
  }

  const field = (name: 'fromPath' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`${key}-${name}`}>{label}</label>
      <input
        id={`${key}-${name}`}
        aria-invalid={errors[name] ? true : undefined}
        {...form.register(name)}
      />
      {errors[name] && <p className="field-error">{text(errors[name].message)}</p>}
    </div>
  );

  return (
    <form
      onSubmit={form.handleSubmit(save)}
      noValidate
      className="redirect-form"
      aria-label={values.id ? values.fromPath : t('newRedirect')}
    >
      {field('fromPath', t('from'))}
      {field('to', t('to'))}
      <div className="redirect-actions">
        <button type="submit" className="button primary small" disabled={isSubmitting}>
          {values.id ? t('save') : t('create')}
        </button>
        {values.id !== undefined && (
          <button type="button" className="button danger small" onClick={remove}>
            {t('delete')}
          </button>
        )}
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
