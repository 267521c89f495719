'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  CATEGORY_NAME_MAX,
  categorySchema,
  type CategoryFormValues,
} from '@/lib/validations/category';
import { SLUG_MAX } from '@/lib/validations/post';
import { deleteCategoryAction, saveCategoryAction } from './actions';

type Props = {
  languages: string[];
  /** Every other category, in tree order, as a possible parent. */
  parents: Array<{ id: number; name: string; depth: number }>;
  names: Record<string, string>;
  values: CategoryFormValues;
  postCount?: number;
};

/** One category (or a new one): slug and a name per language; existing ones can be deleted (messages: `categories`, `errors`). */
export function CategoryForm({ languages, parents, names, values, postCount }: Props) {
  const t = useTranslations('categories');
  const tx = useTranslations('taxonomy');
  const text = useErrorText();
  const form = useForm<CategoryFormValues, unknown, z.output<typeof categorySchema>>({
    resolver: zodResolver(categorySchema),
    defaultValues: values,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const { errors, isSubmitting } = form.formState;
  const key = values.id ? `c${values.id}` : 'new';

  async function save() {
    const result = await saveCategoryAction(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {}))
        form.setError(path as 'slug' | 'parentId', { message });
      return setNotice({ ok: false, text: text(result?.error ?? 'network') });
    }
    if (values.id) form.reset(form.getValues());
    else form.reset(values);
    setNotice({ ok: true, text: t('saved') });
  }

  async function remove() {
    if (!values.id || !window.confirm(t('confirmDelete'))) return;
    const result = await deleteCategoryAction(null, { id: values.id }).catch(() => null);
    if (!result?.ok) setNotice({ ok: false, text: text(result?.error ?? 'network') });
  }

  return (
    <form
      onSubmit={form.handleSubmit(save)}
      noValidate
      className="category-form"
      aria-label={values.id ? values.slug : t('newCategory')}
    >
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
            maxLength={CATEGORY_NAME_MAX}
            {...form.register(`names.${l}`)}
          />
        </div>
      ))}
      {errors.names && <p className="field-error">{text(String(errors.names.message ?? ''))}</p>}
      <div className="field">
        <label htmlFor={`${key}-parent`}>{tx('parent')}</label>
        <select
          id={`${key}-parent`}
          aria-invalid={errors.parentId ? true : undefined}
          {...form.register('parentId')}
        >
          <option value="">{tx('noParent')}</option>
          {parents.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {'\u00a0\u00a0'.repeat(p.depth) + p.name}
            </option>
          ))}
        </select>
        {errors.parentId && <p className="field-error">{text(errors.parentId.message)}</p>}
      </div>
      <div className="category-actions">
        <button type="submit" className="button primary small" disabled={isSubmitting}>
          {values.id ? t('save') : t('create')}
        </button>
        {values.id !== undefined && (
          <button type="button" className="button danger small" onClick={remove}>
            {t('delete')}
          </button>
        )}
        {postCount !== undefined && (
          <span className="muted">{t('postCount', { count: postCount })}</span>
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
