'use client';

import { useTranslations } from 'next-intl';
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  formAlerts,
  keptText,
  keptTicked,
  serverFieldErrors,
  useSubmissionKey,
  type ReaderFormState,
} from '@/lib/reader-form-state';
import type { CommentActionState } from './comment-actions';
import { COMMENT_FIELDS, CommentFormView, type Field } from './comment-form-view';
import { useReply } from './comment-reply';
import { HeldComments } from './held-comments';
import { useReaderExtras } from './use-reader-extras';
import { useFormUnderReply } from './use-form-under-reply';

type Props = {
  action: (previous: CommentActionState, form: FormData) => Promise<CommentActionState>;
  slug: string;
  cancelHref: string;
};
type Errors = Partial<Record<Field, string>>;

const loadValidation = () => import('./comment-validation');

/**
 * The comment form (messages: `comments` and the `errors` it can show). Checked in the browser
 * with the shared schema (loaded when the reader starts to write, not with the page), then posted
 * to the server action, which checks again. Without JavaScript it is a plain form post whose
 * answer renders the server's errors with what was typed.
 */
export function CommentForm({ action, slug, cancelHref }: Props) {
  const t = useTranslations('comments');
  const errorOf = useErrorText();
  const [state, formAction, sending] = useActionState(action, null);
  const { reply: chosen, setReply, initial } = useReply();
  // Sent: the form leaves reply mode. With JavaScript the effect below clears the choice; the
  // answer to a form posted without it is the `?replyto=` page again, so its target is dropped here.
  const reply = state?.ok && chosen === initial ? null : chosen;
  const extras = useReaderExtras(slug);
  const formRef = useRef<HTMLFormElement>(null);
  const homeRef = useFormUnderReply(formRef, reply);
  const key = useSubmissionKey(state);
  // What was typed when the server refused it; a remembered name and email are filled in below.
  const [defaults] = useState(() => initialValues(state));
  const [checked, setChecked] = useState<{ state: CommentActionState; errors: Errors } | null>(
    null,
  );
  const [bodyLength, setBodyLength] = useState(() => [...defaults.body].length);
  // Field errors: the browser's own check while it is current, else the server's answer.
  const errors: Errors =
    checked && checked.state === state ? checked.errors : serverFieldErrors(state, COMMENT_FIELDS);

  useEffect(() => {
    const remembered = extras?.commenter;
    const form = formRef.current;
    if (!remembered || !form || form.elements.namedItem('name') === null) return;
    const [name, email, remember] = (['name', 'email', 'remember'] as const).map(
      (n) => form.elements.namedItem(n) as HTMLInputElement,
    );
    if (name!.value || email!.value) return;
    name!.value = remembered.name;
    email!.value = remembered.email;
    remember!.checked = true;
  }, [extras]);

  useEffect(() => {
    if (!state?.ok || !formRef.current) return;
    // Sent: the next comment starts with an empty text; name and email stay.
    (formRef.current.elements.namedItem('body') as HTMLTextAreaElement).value = '';
    setBodyLength(0);
    setReply(null);
  }, [state, setReply]);

  const check = async (form: HTMLFormElement) => {
    const { validateComment } = await loadValidation();
    const found = await validateComment(Object.fromEntries(new FormData(form)));
    setChecked({ state, errors: found });
    return found;
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = await check(form);
    const first = COMMENT_FIELDS.find((f) => found[f]);
    if (first) return form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    const data = new FormData(form);
    data.set('idempotencyKey', key.forSend());
    startTransition(() => formAction(data));
  }

  const posted =
    state?.ok && state.data.status === 'pending'
      ? [
          {
            id: state.data.id,
            authorName: state.data.name,
            body: state.data.body,
            parentId: state.data.parentId,
          },
        ]
      : [];
  return (
    <>
      <HeldComments
        comments={[
          ...(extras?.pending ?? []).filter((c) => !posted.some((p) => p.id === c.id)),
          ...posted,
        ]}
        title={t('pendingNotice')}
        badge={t('pendingBadge')}
      />
      {/* The form's home: it moves under the comment being answered and comes back here. */}
      <div ref={homeRef} className="comment-form-home">
        <CommentFormView
          formRef={formRef}
          action={formAction}
          onSubmit={onSubmit}
          // Re-checked as the reader fixes what the last check found.
          onInput={(event) => {
            const target = event.target as HTMLInputElement;
            if (target.name === 'body') setBodyLength([...target.value].length);
            if (checked && Object.keys(errors).length) void check(event.currentTarget);
          }}
          onFocus={() => void loadValidation()}
          reply={reply}
          onCancelReply={() => setReply(null)}
          cancelHref={cancelHref}
          notice={
            state?.ok
              ? t(state.data.status === 'approved' ? 'publishedNotice' : 'pendingNotice')
              : null
          }
          alerts={formAlerts(state, COMMENT_FIELDS, { fixFields: errorOf('fixFields'), errorOf })}
          errors={Object.fromEntries(Object.entries(errors).map(([f, code]) => [f, errorOf(code)]))}
          defaults={defaults}
          idempotencyKey={key.field}
          bodyLength={bodyLength}
          sending={sending}
        />
      </div>
    </>
  );
}

function initialValues(state: ReaderFormState) {
  return {
    name: keptText(state, 'name'),
    email: keptText(state, 'email'),
    body: keptText(state, 'body'),
    remember: keptTicked(state, 'remember'),
    notifyReplies: keptTicked(state, 'notifyReplies'),
  };
}
