'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { errorText, fill, type CommentMessages } from '@/lib/comments/messages';
import { BODY_MAX, codePoints, commentSchema, EMAIL_MAX, NAME_MAX } from '@/lib/validations/comment';
import type { CommentActionState } from './comment-actions';
import { CommentField, describedBy } from './comment-field';
import { currentKey, formErrors, initialValues, serverFieldErrors, type Field } from './comment-form-state';
import { useReply } from './comment-reply';
import { HeldComments } from './held-comments';
import { newKey, useReaderExtras } from './use-reader-extras';

type Props = {
  action: (previous: CommentActionState, form: FormData) => Promise<CommentActionState>;
  messages: CommentMessages;
  slug: string;
  cancelHref: string;
};

/**
 * The comment form: checked in the browser with the shared schema, then posted to the server
 * action, which checks again. Without JavaScript it is a plain form post whose answer renders
 * the server's errors with what was typed.
 */
export function CommentForm({ action, messages, slug, cancelHref }: Props) {
  const [state, formAction, sending] = useActionState(action, null);
  const { reply, setReply } = useReply();
  const extras = useReaderExtras(slug);
  // The cached page cannot hold a key per reader: one is made at the first submit and kept for
  // retries (without JavaScript there is none, and the server makes its own).
  const pageKey = useRef<string | null>(null);
  const key = currentKey(state) ?? '';
  const [defaults] = useState(() => initialValues(state, null));
  const serverErrors = useMemo(() => serverFieldErrors(state), [state]);
  const form = useForm<z.input<typeof commentSchema>, unknown, z.output<typeof commentSchema>>({
    resolver: zodResolver(commentSchema),
    defaultValues: defaults,
    errors: serverErrors,
  });
  const { errors } = form.formState;

  useEffect(() => {
    const remembered = extras?.commenter;
    if (!remembered || form.getValues('name') || form.getValues('email')) return;
    form.reset({ ...form.getValues(), name: remembered.name, email: remembered.email, remember: true });
  }, [extras, form]);
  const posted = state?.ok && state.data.status === 'pending' ? [{ id: state.data.id, authorName: state.data.name, body: state.data.body }] : [];
  const held = [...(extras?.pending ?? []).filter((c) => !posted.some((p) => p.id === c.id)), ...posted];

  useEffect(() => {
    if (!state?.ok) return;
    // Sent: the next comment starts with an empty text; name and email stay.
    form.resetField('body', { defaultValue: '' });
    setReply(null);
  }, [state, form, setReply]);

  const onSubmit = form.handleSubmit((_values, event) => {
    const data = new FormData(event?.target as HTMLFormElement);
    data.set('idempotencyKey', currentKey(state) ?? (pageKey.current ??= newKey()));
    startTransition(() => formAction(data));
  });
  const message = (field: Field) => {
    const code = errors[field]?.message;
    return code ? errorText(messages, code) : undefined;
  };
  const firstInvalid = (['name', 'email', 'body'] as const).find((f) => serverErrors?.[f]);
  const alerts = formErrors(state).map((e) => ('key' in e ? errorText(messages, e.key) : e.text));
  const bodyLength = codePoints(useWatch({ control: form.control, name: 'body' }) ?? '');

  return (
    <>
    <HeldComments comments={held} title={messages.pendingNotice} badge={messages.pendingBadge} />
    <form id="respond" className="comment-form" action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="respond-title">
      <h3 id="respond-title">
        {reply ? (
          <>
            {messages.replyingTo} <bdi>{reply.name}</bdi>{' '}
            <a href={cancelHref} className="comment-cancel-reply" onClick={(event) => {
                event.preventDefault();
                setReply(null);
              }}>
              {messages.cancelReply}
            </a>
          </>
        ) : (
          messages.leaveComment
        )}
      </h3>
      {state?.ok && (
        <p role="status" className="comment-notice">
          {state.data.status === 'approved' ? messages.publishedNotice : messages.pendingNotice}
        </p>
      )}
      {alerts.length > 0 && (
        <ul role="alert" className="comment-form-errors">
          {alerts.map((text) => <li key={text}>{text}</li>)}
        </ul>
      )}
      <p className="comment-note">{messages.note}</p>
      <CommentField id="comment-name" label={messages.name} requiredText={messages.required} error={message('name')}>
        <input id="comment-name" type="text" autoComplete="name" maxLength={NAME_MAX} required aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('comment-name')} autoFocus={firstInvalid === 'name'} defaultValue={defaults.name} {...form.register('name')} />
      </CommentField>
      <CommentField id="comment-email" label={messages.email} requiredText={messages.required} error={message('email')}>
        <input id="comment-email" type="email" inputMode="email" autoComplete="email" maxLength={EMAIL_MAX} required aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('comment-email')} autoFocus={firstInvalid === 'email'} defaultValue={defaults.email} {...form.register('email')} />
      </CommentField>
      <CommentField
        id="comment-body"
        label={messages.body}
        requiredText={messages.required}
        error={message('body')}
        hint={<p id="comment-body-hint" className="comment-hint">{messages.bodyHint} <span className={bodyLength > BODY_MAX ? 'comment-count over' : 'comment-count'}>{fill(messages.bodyCount, { count: bodyLength, max: BODY_MAX })}</span></p>}
      >
        <textarea id="comment-body" rows={6} required aria-invalid={Boolean(errors.body)} aria-describedby={describedBy('comment-body', 'comment-body-hint')} autoFocus={firstInvalid === 'body'} defaultValue={defaults.body} {...form.register('body')} />
      </CommentField>
      <div className="comment-hp">
        <label htmlFor="comment-website">{messages.honeypot}</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="parentId" value={reply?.id ?? ''} />
      <p className="comment-remember">
        <input id="comment-remember" type="checkbox" defaultChecked={defaults.remember} {...form.register('remember')} />{' '}
        <label htmlFor="comment-remember">{messages.remember}</label>
      </p>
      <button type="submit" className="comment-submit" disabled={sending}>
        {sending ? messages.submitting : messages.submit}
      </button>
    </form>
    </>
  );
}
