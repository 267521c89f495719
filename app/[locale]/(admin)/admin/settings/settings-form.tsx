'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useForm, useFormContext, FormProvider, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { COMMENT_POLICIES, READING_VIEWS } from '@/lib/model';
import type { Messages } from '@/lib/i18n/translate';
import { LANGUAGE_PATTERN } from '@/lib/validations/post';
import { BLOG_DESCRIPTION_MAX, BLOG_TITLE_MAX, settingsSchema, WORD_LIST_MAX, type SettingsFormValues } from '@/lib/validations/settings';
import { saveSettingsAction } from './actions';
import styles from './settings.module.css';

type M = Messages['settings'];
type Name = FieldPath<SettingsFormValues>;

/** A labelled field with its hint and the schema's message for it. */
function Field({ m, name, label, hint, children }: { m: M; name: Name; label: string; hint?: string; children: ReactNode }) {
  const { formState } = useFormContext<SettingsFormValues>();
  const error = name.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], formState.errors) as { message?: string } | undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children}
      {hint && <p className="muted">{hint}</p>}
      {error?.message && <p className="field-error">{(m.errors as Record<string, string>)[error.message] ?? error.message}</p>}
    </div>
  );
}

function Input({ name, ...props }: { name: Name } & InputHTMLAttributes<HTMLInputElement>) {
  const { register, getFieldState, formState } = useFormContext<SettingsFormValues>();
  return <input id={name} aria-invalid={getFieldState(name, formState).invalid || undefined} {...props} {...register(name)} />;
}

/** Title and description per language (of those typed in "Languages"), zone, view, page size. */
function BlogFields({ m, names }: { m: M; names: Record<string, string> }) {
  const { register } = useFormContext<SettingsFormValues>();
  const typed = useWatch<SettingsFormValues, 'languages'>({ name: 'languages' });
  const languages = [...new Set(String(typed).split(/[\s,、]+/).filter((l) => LANGUAGE_PATTERN.test(l)))];
  const name = (l: string) => names[l] ?? l;
  return (
    <fieldset>
      <legend>{m.blog}</legend>
      <Field m={m} name="languages" label={m.languages} hint={m.languagesHint}><Input name="languages" /></Field>
      <Field m={m} name="defaultLanguage" label={m.defaultLanguage}>
        <select id="defaultLanguage" {...register('defaultLanguage')}>{languages.map((l) => <option key={l} value={l}>{name(l)}</option>)}</select>
      </Field>
      {languages.map((l) => (
        <div key={l} className={styles.pair}>
          <Field m={m} name={`titles.${l}`} label={m.titleIn.replace('{language}', name(l))}><Input name={`titles.${l}`} maxLength={BLOG_TITLE_MAX} lang={l} /></Field>
          <Field m={m} name={`descriptions.${l}`} label={m.descriptionIn.replace('{language}', name(l))}>
            <textarea id={`descriptions.${l}`} lang={l} rows={2} maxLength={BLOG_DESCRIPTION_MAX} {...register(`descriptions.${l}`)} />
          </Field>
        </div>
      ))}
      <Field m={m} name="timeZone" label={m.timeZone} hint={m.timeZoneHint}><Input name="timeZone" list="time-zones" autoComplete="off" /></Field>
      <Field m={m} name="defaultView" label={m.defaultView}>
        <select id="defaultView" {...register('defaultView')}>{READING_VIEWS.map((v) => <option key={v} value={v}>{m.views[v]}</option>)}</select>
      </Field>
      <Field m={m} name="postsPerPage" label={m.postsPerPage}><Input name="postsPerPage" type="number" min={1} max={100} /></Field>
    </fieldset>
  );
}

/** The comment policy and the limits the comment filters apply. */
function CommentFields({ m }: { m: M }) {
  const { register } = useFormContext<SettingsFormValues>();
  return (
    <fieldset>
      <legend>{m.comments}</legend>
      <Field m={m} name="commentPolicy" label={m.commentPolicy}>
        <select id="commentPolicy" {...register('commentPolicy')}>{COMMENT_POLICIES.map((p) => <option key={p} value={p}>{m.policies[p]}</option>)}</select>
      </Field>
      <Field m={m} name="linkLimit" label={m.linkLimit} hint={m.linkLimitHint}><Input name="linkLimit" type="number" min={0} max={50} /></Field>
      <Field m={m} name="holdWords" label={m.holdWords} hint={m.wordsHint}><textarea id="holdWords" rows={3} maxLength={WORD_LIST_MAX} {...register('holdWords')} /></Field>
      <Field m={m} name="blockWords" label={m.blockWords} hint={m.wordsHint}><textarea id="blockWords" rows={3} maxLength={WORD_LIST_MAX} {...register('blockWords')} /></Field>
      <Field m={m} name="rateLimit" label={m.rateLimit} hint={m.rateLimitHint}><Input name="rateLimit" /></Field>
      <Field m={m} name="threadDepth" label={m.threadDepth}><Input name="threadDepth" type="number" min={1} max={10} /></Field>
      <Field m={m} name="closeCommentsAfterDays" label={m.closeAfter} hint={m.closeAfterHint}><Input name="closeCommentsAfterDays" type="number" min={1} max={3650} /></Field>
    </fieldset>
  );
}

/** Every blog setting in one form, validated by the same schema on both sides. */
export function SettingsForm({ m, values, names }: { m: M; values: SettingsFormValues; names: Record<string, string> }) {
  const form = useForm<SettingsFormValues, unknown, z.output<typeof settingsSchema>>({ resolver: zodResolver(settingsSchema), defaultValues: values });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    const result = await saveSettingsAction(null, form.getValues()).catch(() => null);
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {})) form.setError(path as Name, { message });
      return setNotice({ ok: false, text: (m.errors as Record<string, string>)[result?.error ?? 'network'] ?? m.errors.invalid });
    }
    form.reset(form.getValues());
    setNotice({ ok: true, text: m.saved });
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(save, () => setNotice({ ok: false, text: m.errors.invalid }))} noValidate className={styles.form}>
        <BlogFields m={m} names={names} />
        <CommentFields m={m} />
        <div className={styles.actions}>
          <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>{m.save}</button>
          <p role={notice?.ok === false ? 'alert' : 'status'} className={notice?.ok ? 'form-ok' : 'field-error'}>{notice?.text}</p>
        </div>
      </form>
    </FormProvider>
  );
}
