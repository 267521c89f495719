'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { SLUG_MAX } from '@/lib/validations/post';
import { renameTagSchema, type RenameTagValues } from '@/lib/validations/tag';
import { TAG_NAME_MAX } from '@/lib/validations/tag-name';
import { renameTagAction } from './actions';
import { TagMerge } from './tag-merge';

type Props = {
  id: number;
  languages: string[];
  names: Record<string, string>;
  values: RenameTagValues;
  postCount: number;
  others: Array<{ id: number; name: string }>;
};

/** One tag: rename (slug and a name per language), merge into another, delete (messages: `taxonomy`, `errors`). */
export function TagForm({ id, languages, names, values, postCount, others }: Props) {
  const t = useTranslations('taxonomy');
  const text = useErrorText();
  const form = useForm<RenameTagValues, unknown, z.output<typeof renameTagSchema>>({
    resolver: zodResolver(renameTagSchema),
    defaultValues: values,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { errors, isSubmitting } = form.formState;
  const key = `t${id}`;

  async function save(input: z.output<typeof renameTagSchema>) {
    const result = await renameTagAction(null, input).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {}))
        form.setError(path as 'slug', { message });
      return setNotice({ ok: false, text: text(result?.error ?? 'network') });
    }
    form.reset(form.getValues());
    setNotice({ ok: true, text: t('saved') });
  }

  return (
    <div role="group" aria-label={values.slug}>
      <form onSubmit={form.handleSubmit(save)} noValidate className="category-form">
        <div className="field">
          <label htmlFor={`${key}-slug`}>{t('slug')}</label>
          <input
            id={`${key}-slug`}
            maxLength={SLUG_MAX}
            aria-invalid={errors.slug ? true : undefined}
            {...form.register('slug')}
          />
          {errors.slug && <p className="field-error">{text(errors.slug.message)}</p>}
        </div>
        {languages.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={`${key}-name-${l}`}>{t('nameIn', { language: names[l] ?? l })}</label>
            <input
              id={`${key}-name-${l}`}
              lang={l}
              maxLength={TAG_NAME_MAX}
              {...form.register(`names.${l}`)}
            />
          </div>
        ))}
        {errors.names && (
          <p className="field-error">{text(String(errors.names.message ?? 'invalid'))}</p>
        )}
        <div className="category-actions">
          <button type="submit" className="button primary small" disabled={isSubmitting}>
            {t('save')}
          </button>
          <span className="muted">{t('postCount', { count: postCount })}</span>
          <span
            role={notice?.ok === false ? 'alert' : 'status'}
            className={notice?.ok ? 'form-ok' : 'field-error'}
          >
            {notice?.text}
          </span>
        </div>
      </form>
      <TagMerge id={id} others={others} />
    </div>
  );
}
