'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { suggestionSchema } from '@/lib/validations/suggestion';
import { CommentField, describedBy } from '../_comments/comment-field';
import { Honeypot, NameEmailFields } from '../_comments/reader-fields';
import { formAlerts, keptText, serverFieldErrors, useSubmissionKey } from '@/lib/reader-form-state';
import type { SuggestActionState } from './suggest-actions';

const FIELDS = ['name', 'email', 'text'] as const;
type Field = (typeof FIELDS)[number];

type Props = {
  action: (previous: SuggestActionState, form: FormData) => Promise<SuggestActionState>;
  blockId: number;
  language: string;
  languageName: string;
  backHref: string;
};
/**
 * A reader's proposed translation of one block (messages: `suggestions` and its `errors`).
 * Checked in the browser with the shared schema, then posted to the server action, which checks
 * again; without JavaScript it is a plain form post whose answer shows the server's errors with
 * what was typed. After sending, only a thank-you is shown: the text is not public.
 */
export function SuggestForm({ action, blockId, language, languageName, backHref }: Props) {
  const t = useTranslations('suggestions');
  const errorOf = useErrorText();
  const [state, formAction, sending] = useActionState(action, null);
  // One key per text: kept for retries after a refusal, so a double send stores one suggestion.
  const key = useSubmissionKey(state);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof suggestionSchema>,
    unknown,
    z.output<typeof suggestionSchema>
  >({
    resolver: zodResolver(suggestionSchema),
    defaultValues: {
      ...Object.fromEntries(FIELDS.map((f) => [f, keptText(state, f)])),
      blockId: String(blockId),
      language,
    },
  });
  if (state?.ok)
    return (
      <div className="suggest-done">
        <p role="status" className="comment-notice">
          {t('thanks')}
        </p>
        <p>
          <a href={backHref}>{t('back')}</a>
        </p>
      </div>
    );
  const fromServer = serverFieldErrors(state, FIELDS);
  const errors = Object.fromEntries(
    FIELDS.map((f) => [f, errorOf(formState.errors[f]?.message ?? fromServer[f])]),
  ) as Record<Field, string | undefined>;
  const alerts = formAlerts(state, FIELDS, { fixFields: t('fixFields'), errorOf });
  const control = (field: Field) => ({
    ...register(field),
    // Rendered into the HTML too: without JavaScript the server's answer keeps what was typed.
    defaultValue: keptText(state, field),
    required: true,
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby': describedBy(`suggest-${field}`),
  });
  const send = (form: HTMLFormElement) => {
    const data = new FormData(form);
    data.set('idempotencyKey', key.forSend());
    startTransition(() => formAction(data));
  };
  return (
    <form
      className="comment-form suggest-form"
      action={formAction}
      onSubmit={(event) => {
        const form = event.currentTarget;
        void handleSubmit(() => send(form))(event);
      }}
      noValidate
    >
      {alerts.length > 0 && (
        <ul role="alert" className="comment-form-errors">
          {alerts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <CommentField
        id="suggest-text"
        label={t('text', { language: languageName })}
        requiredText={t('required')}
        error={errors.text}
      >
        <textarea id="suggest-text" rows={6} lang={language} {...control('text')} />
      </CommentField>
      <NameEmailFields
        prefix="suggest"
        labels={{ name: t('name'), email: t('email'), required: t('required') }}
        errors={errors}
        control={control}
      />
      <Honeypot prefix="suggest" label={t('honeypot')} />
      <input type="hidden" defaultValue={blockId} {...register('blockId')} />
      <input type="hidden" defaultValue={language} {...register('language')} />
      <input type="hidden" name="idempotencyKey" value={key.field} />
      <button type="submit" className="comment-submit" disabled={sending}>
        {sending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
