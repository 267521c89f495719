'use client';

import { useActionState } from 'react';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { restoreRevisionAction } from '../../actions';

type Props = { locale: string; postId: number; revisionId: number; label: string; name?: string };

/** Restores one revision; on success the action opens the editor on the restored post (messages: `RESTORE_ERRORS`). */
export function RestoreButton({ locale, postId, revisionId, label, name }: Props) {
  const errorOf = useErrorText();
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
  return (
    <form action={action} className="restore-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" className="button small" disabled={pending} aria-label={name}>
        {label}
      </button>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {errorOf(state.error)}
        </p>
      )}
    </form>
  );
}
