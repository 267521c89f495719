'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { COMMENT_TEXT_MAX, editCommentSchema } from '@/lib/validations/moderation';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { editAction, replyAction, type QueueOutcome } from './actions';
import type { QueueItem } from './queue-item';

const bodySchema = editCommentSchema.pick({ body: true });
type Values = z.input<typeof bodySchema>;

type Props = {
  mode: 'reply' | 'edit';
  item: QueueItem;
  onDone: (outcome: QueueOutcome) => void;
  onCancel: () => void;
};

/** Reply as the signed-in user (published at once) or edit the comment's text (logged). */
export function TextForm({ mode, item, onDone, onCancel }: Props) {
  const t = useTranslations('admin');
  const errorOf = useErrorText();
  const [key] = useState(newIdempotencyKey);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<
    Values,
    unknown,
    z.output<typeof bodySchema>
  >({
    resolver: zodResolver(bodySchema),
    defaultValues: { body: mode === 'edit' ? item.body : '' },
  });
  const id = `${mode}-${item.id}`;
  const submit = handleSubmit(({ body }) =>
    startTransition(async () => {
      const result =
        mode === 'reply'
          ? await replyAction(null, { parentId: item.id, body, key })
          : await editAction(null, { id: item.id, body });
      if (result.ok) return onDone(result.data);
      const fieldError = result.fieldErrors?.body?.[0];
      if (fieldError) setError('body', { message: fieldError });
      else setFailure(errorOf(result.error));
    }),
  );
  const code = formState.errors.body?.message;
  const error = errorOf(code);
  return (
    <form onSubmit={submit} noValidate className="text-form">
      <div className="field">
        <label htmlFor={id}>
          {mode === 'reply' ? t('reply.label', { name: item.authorName }) : t('reply.editLabel')}
        </label>
        <textarea
          id={id}
          rows={4}
          maxLength={COMMENT_TEXT_MAX}
          autoFocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register('body')}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="button primary small" disabled={pending}>
          {mode === 'reply' ? t('actions.send') : t('actions.save')}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
