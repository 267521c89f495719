'use client';

import { useActionState, useRef, useState, type FormEvent } from 'react';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { Modal } from '../../../comments/dialogs';
import { restoreRevisionAction } from '../../actions';

export type RestoreConfirm = { title: string; body: string; yes: string; no: string };
type Props = {
  locale: string;
  postId: number;
  revisionId: number;
  label: string;
  name?: string;
  confirm: RestoreConfirm;
};

/**
 * Restores one revision after the owner confirms in a dialog (the current text becomes a revision
 * of its own); on success the action opens the editor on the restored post. Messages:
 * `RESTORE_ERRORS`.
 */
export function RestoreButton({ locale, postId, revisionId, label, name, confirm }: Props) {
  const errorOf = useErrorText();
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
  const [asking, setAsking] = useState(false);
  const confirmed = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const ask = (event: FormEvent) => {
    if (confirmed.current) return void (confirmed.current = false);
    event.preventDefault();
    setAsking(true);
  };
  const restore = () => {
    confirmed.current = true;
    setAsking(false);
    form.current?.requestSubmit();
  };
  return (
    <form ref={form} action={action} onSubmit={ask} className="restore-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" className="button small" disabled={pending} aria-label={name}>
        {label}
      </button>
      <Modal
        open={asking}
        title={confirm.title}
        onClose={() => setAsking(false)}
        actions={
          <>
            <button type="button" className="button primary" onClick={restore}>
              {confirm.yes}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {confirm.no}
            </button>
          </>
        }
      >
        <p>{confirm.body}</p>
      </Modal>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {errorOf(state.error)}
        </p>
      )}
    </form>
  );
}
