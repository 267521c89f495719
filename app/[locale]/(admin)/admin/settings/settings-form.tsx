'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useForm, useFormContext, FormProvider, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { COMMENT_POLICIES, READING_VIEWS } from '@/lib/model';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { LANGUAGE_PATTERN } from '@/lib/validations/post';
import {
  BLOG_DESCRIPTION_MAX,
  BLOG_TITLE_MAX,
  settingsSchema,
  WORD_LIST_MAX,
  type SettingsFormValues,
} from '@/lib/validations/settings';
import { saveSettingsAction } from './actions';
import styles from './settings.module.css';

type Name = FieldPath<SettingsFormValues>;

/** A labelled field with its hint and the schema's message for it. */
function Field({
  name,
  label,
  hint,
  children,
}: {
  name: Name;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  const errorOf = useErrorText();
  const { formState } = useFormContext<SettingsFormValues>();
  const error = name
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      formState.errors,
    ) as { message?: string } | undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children}
      {hint && <p className="muted">{hint}</p>}
      {error?.message && <p className="field-error">{errorOf(error.message)}</p>}
    </div>
  );
}

function Input({ name, ...props }: { name: Name } & InputHTMLAttributes<HTMLInputElement>) {
  const { register, getFieldState, formState } = useFormContext<SettingsFormValues>();
  return (
    <input
      id={name}
      aria-invalid={getFieldState(name, formState).invalid || undefined}
      {...props}
      {...register(name)}
    />
  );
}

/** Title and description per language (of those typed in "Languages"), zone, view, page size. */
function BlogFields({ names }: { names: Record<string, string> }) {
  const t = useTranslations('settings');
  const { register } = useFormContext<SettingsFormValues>();
  const typed = useWatch<SettingsFormValues, 'languages'>({ name: 'languages' });
  const languages = [
    ...new Set(
      String(typed)
        .split(/[\s,、]+/)
        .filter((l) => LANGUAGE_PATTERN.test(l)),
    ),
  ];
  const name = (l: string) => names[l] ?? l;
  return (
    <fieldset>
      <legend>{t('blog')}</legend>
      <Field name="languages" label={t('languages')} hint={t('languagesHint')}>
        <Input name="languages" />
      </Field>
      <Field name="defaultLanguage" label={t('defaultLanguage')}>
        <select id="defaultLanguage" {...register('defaultLanguage')}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {name(l)}
            </option>
          ))}
        </select>
      </Field>
      {languages.map((l) => (
        <div key={l} className={styles.pair}>
          <Field name={`titles.${l}`} label={t('titleIn', { language: name(l) })}>
            <Input name={`titles.${l}`} maxLength={BLOG_TITLE_MAX} lang={l} />
          </Field>
          <Field name={`descriptions.${l}`} label={t('descriptionIn', { language: name(l) })}>
            <textarea
              id={`descriptions.${l}`}
              lang={l}
              rows={2}
              maxLength={BLOG_DESCRIPTION_MAX}
              {...register(`descriptions.${l}`)}
            />
          </Field>
        </div>
      ))}
      <Field name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')}>
        <Input name="timeZone" list="time-zones" autoComplete="off" />
      </Field>
      <Field name="defaultView" label={t('defaultView')}>
        <select id="defaultView" {...register('defaultView')}>
          {READING_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`views.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="postsPerPage" label={t('postsPerPage')}>
        <Input name="postsPerPage" type="number" min={1} max={100} />
      </Field>
    </fieldset>
  );
}

/** The comment policy and the limits the comment filters apply. */
function CommentFields() {
  const t = useTranslations('settings');
  const { register } = useFormContext<SettingsFormValues>();
  return (
    <fieldset>
      <legend>{t('comments')}</legend>
      <Field name="commentPolicy" label={t('commentPolicy')}>
        <select id="commentPolicy" {...register('commentPolicy')}>
          {COMMENT_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`policies.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="linkLimit" label={t('linkLimit')} hint={t('linkLimitHint')}>
        <Input name="linkLimit" type="number" min={0} max={50} />
      </Field>
      <Field name="holdWords" label={t('holdWords')} hint={t('wordsHint')}>
        <textarea id="holdWords" rows={3} maxLength={WORD_LIST_MAX} {...register('holdWords')} />
      </Field>
      <Field name="blockWords" label={t('blockWords')} hint={t('wordsHint')}>
        <textarea id="blockWords" rows={3} maxLength={WORD_LIST_MAX} {...register('blockWords')} />
      </Field>
      <Field name="rateLimit" label={t('rateLimit')} hint={t('rateLimitHint')}>
        <Input name="rateLimit" />
      </Field>
      <Field name="threadDepth" label={t('threadDepth')}>
        <Input name="threadDepth" type="number" min={1} max={10} />
      </Field>
      <Field name="closeCommentsAfterDays" label={t('closeAfter')} hint={t('closeAfterHint')}>
        <Input name="closeCommentsAfterDays" type="number" min={1} max={3650} />
      </Field>
    </fieldset>
  );
}

/** Every blog setting in one form, validated by the same schema on both sides (messages: `settings`, `errors`). */
export function SettingsForm({
  values,
  names,
}: {
  values: SettingsFormValues;
  names: Record<string, string>;
}) {
  const t = useTranslations('settings');
  const errorOf = useErrorText();
  const form = useForm<SettingsFormValues, unknown, z.output<typeof settingsSchema>>({
    resolver: zodResolver(settingsSchema),
    defaultValues: values,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    const result = await saveSettingsAction(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {}))
        form.setError(path as Name, { message });
      return setNotice({ ok: false, text: errorOf(result?.error ?? 'network') });
    }
    form.reset(form.getValues());
    setNotice({ ok: true, text: t('saved') });
  }

  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit(save, () => setNotice({ ok: false, text: errorOf('invalid') }))}
        noValidate
        className={styles.form}
      >
        <BlogFields names={names} />
        <CommentFields />
        <div className={styles.actions}>
          <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
            {t('save')}
          </button>
          <p
            role={notice?.ok === false ? 'alert' : 'status'}
            className={notice?.ok ? 'form-ok' : 'field-error'}
          >
            {notice?.text}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
