'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { moderateSuggestionSchema } from '@/lib/validations/suggestion-moderation';
import { moderateSuggestionAction } from './actions';
import type { SuggestionItem } from './suggestion-item';

const DECISIONS = ['accept', 'reject', 'spam'] as const;
const DONE = { accept: 'accepted', reject: 'rejected', spam: 'markedSpam' } as const;

/**
 * Accept (after editing the text if need be), reject or mark spam. The text is checked with the
 * action's own schema before it is sent; the pressed button says which decision it is, so the
 * form also works as a plain post.
 */
export function SuggestionForm({ item, canAccept }: { item: SuggestionItem; canAccept: boolean }) {
  const t = useTranslations('suggestionQueue');
  const errorOf = useErrorText();
  const [state, formAction, pending] = useActionState(moderateSuggestionAction, null);
  const { register, handleSubmit, setValue, formState } = useForm<
    z.input<typeof moderateSuggestionSchema>,
    unknown,
    z.output<typeof moderateSuggestionSchema>
  >({
    resolver: zodResolver(moderateSuggestionSchema),
    defaultValues: { id: item.id, decision: 'accept', text: item.body },
  });
  if (state?.ok)
    return (
      <p role="status" className="queue-message">
        {t(DONE[state.data.decision])}
      </p>
    );
  const fieldError = (formState.errors as { text?: { message?: string } }).text?.message;
  const serverError = state && !state.ok ? (state.fieldErrors?.text?.[0] ?? state.error) : null;
  const error = errorOf(fieldError ?? serverError);
  const id = `suggestion-${item.id}-text`;
  return (
    <form
      action={formAction}
      className="suggestion-form"
      noValidate
      onSubmit={(event) => {
        const form = event.currentTarget;
        const button = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const decision = (button?.value ?? 'accept') as (typeof DECISIONS)[number];
        setValue('decision', decision);
        void handleSubmit(() => startTransition(() => formAction(new FormData(form, button))))(
          event,
        );
      }}
    >
      <input type="hidden" name="id" value={item.id} />
      <div className="field" hidden={!canAccept}>
        <label htmlFor={id}>{t('edit')}</label>
        <textarea
          id={id}
          rows={4}
          lang={item.language}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          defaultValue={item.body}
          {...register('text')}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-buttons">
        {(canAccept ? DECISIONS : DECISIONS.slice(1)).map((decision) => (
          <button
            key={decision}
            type="submit"
            name="decision"
            value={decision}
            className={`button small${decision === 'accept' ? ' primary' : ''}`}
            disabled={pending}
          >
            {t(decision)}
          </button>
        ))}
      </div>
    </form>
  );
}
