import { useTranslations } from 'next-intl';
import type { FormEvent, RefObject } from 'react';
import { COMMENT_BODY_MAX } from '@/lib/model';
import { CommentChoices } from './comment-choices';
import { CommentField, describedBy } from './comment-field';
import type { ReplyTarget } from './comment-reply';
import { Honeypot, NameEmailFields } from './reader-fields';

/** The fields the reader fills in, in the order they are checked. */
export const COMMENT_FIELDS = ['name', 'email', 'body'] as const;
export type Field = (typeof COMMENT_FIELDS)[number];

type Props = {
  formRef: RefObject<HTMLFormElement | null>;
  action: (form: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onInput: (event: FormEvent<HTMLFormElement>) => void;
  onFocus: () => void;
  reply: ReplyTarget;
  onCancelReply: () => void;
  cancelHref: string;
  notice: string | null;
  alerts: string[];
  /** Field errors, already in words. */
  errors: Partial<Record<Field, string>>;
  defaults: {
    name: string;
    email: string;
    body: string;
    remember: boolean;
    notifyReplies: boolean;
  };
  idempotencyKey: string;
  bodyLength: number;
  sending: boolean;
};

/** The comment form's markup: three required fields, a honeypot, the reply state and the answers. */
export function CommentFormView({ formRef, ...p }: Props) {
  const { errors, defaults } = p;
  const t = useTranslations('comments');
  const firstInvalid = COMMENT_FIELDS.find((f) => errors[f]);
  const control = (field: Field, extra: string[] = []) => ({
    name: field,
    required: true,
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby': describedBy(`comment-${field}`, ...extra),
    autoFocus: firstInvalid === field,
  });
  return (
    <form
      id="respond"
      ref={formRef}
      className="comment-form"
      action={p.action}
      onSubmit={p.onSubmit}
      onInput={p.onInput}
      onFocus={p.onFocus}
      noValidate
      aria-labelledby="respond-title"
    >
      <h3 id="respond-title">
        {p.reply ? (
          <>
            {t('replyingTo')} <bdi>{p.reply.name}</bdi>{' '}
            <a
              href={p.cancelHref}
              className="comment-cancel-reply"
              onClick={(event) => {
                event.preventDefault();
                p.onCancelReply();
              }}
            >
              {t('cancelReply')}
            </a>
          </>
        ) : (
          t('leaveComment')
        )}
      </h3>
      {p.notice && (
        <p role="status" className="comment-notice">
          {p.notice}
        </p>
      )}
      {p.alerts.length > 0 && (
        <ul role="alert" className="comment-form-errors">
          {p.alerts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <p className="comment-note">{t('note')}</p>
      <NameEmailFields
        prefix="comment"
        labels={{ name: t('name'), email: t('email'), required: t('required') }}
        errors={errors}
        control={control}
        defaults={defaults}
      />
      <CommentField
        id="comment-body"
        label={t('body')}
        requiredText={t('required')}
        error={errors.body}
        hint={
          <p id="comment-body-hint" className="comment-hint">
            {t('bodyHint')}{' '}
            <span
              className={p.bodyLength > COMMENT_BODY_MAX ? 'comment-count over' : 'comment-count'}
            >
              {t('bodyCount', { count: p.bodyLength, max: COMMENT_BODY_MAX })}
            </span>
          </p>
        }
      >
        <textarea
          id="comment-body"
          rows={6}
          defaultValue={defaults.body}
          {...control('body', ['comment-body-hint'])}
        />
      </CommentField>
      <Honeypot prefix="comment" label={t('honeypot')} />
      <input type="hidden" name="idempotencyKey" value={p.idempotencyKey} />
      <input type="hidden" name="parentId" value={p.reply?.id ?? ''} />
      <CommentChoices remember={defaults.remember} notifyReplies={defaults.notifyReplies} />
      <button type="submit" className="comment-submit" disabled={p.sending}>
        {p.sending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
