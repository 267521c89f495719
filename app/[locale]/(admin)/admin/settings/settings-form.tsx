'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useFormContext, FormProvider, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { FOOTER_STYLES, READING_VIEWS } from '@/lib/model';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { LANGUAGE_PATTERN } from '@/lib/validations/post';
import {
  BLOG_DESCRIPTION_MAX,
  BLOG_TITLE_MAX,
  settingsSchema,
  type SettingsFormValues,
} from '@/lib/validations/settings';
import { saveSettingsAction } from './actions';
import { CommentFields } from './comment-fields';
import { LookFields } from './look-fields';
import { ReadingFaceFields } from './reading-face-fields';
import { Field, Input, type Name } from './settings-field';
import styles from './settings.module.css';

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
      <Field name="footerStyle" label={t('footerStyle')} hint={t('footerStyleHint')}>
        <select id="footerStyle" {...register('footerStyle')}>
          {FOOTER_STYLES.map((f) => (
            <option key={f} value={f}>
              {t(`footerStyles.${f}`)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}

/** Every blog setting in one form, validated by the same schema on both sides (messages: `settings`, `errors`). */
export function SettingsForm({
  values,
  names,
  rateLimitOverride,
  logoSrc,
}: {
  values: SettingsFormValues;
  names: Record<string, string>;
  /** The saved logo's address, for its preview. */
  logoSrc: string | null;
  /** COMMENT_RATE_LIMIT, when the environment overrides the stored rate limit. */
  rateLimitOverride?: string;
}) {
  const t = useTranslations('settings');
  const errorOf = useErrorText();
  const form = useForm<SettingsFormValues, unknown, z.output<typeof settingsSchema>>({
    resolver: zodResolver(settingsSchema),
    defaultValues: values,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    setNotice(null);
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
        // "Saved" is about the form as it was; the next edit makes it untrue.
        onInput={() => setNotice((n) => (n?.ok ? null : n))}
        className={styles.form}
      >
        <BlogFields names={names} />
        <LookFields logoSrc={logoSrc} />
        <ReadingFaceFields names={names} />
        <CommentFields rateLimitOverride={rateLimitOverride} />
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
