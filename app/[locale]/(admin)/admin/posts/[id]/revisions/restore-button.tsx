'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '../../actions';

type Props = { locale: string; postId: number; revisionId: number; label: string; errors: Record<string, string>; name?: string };

/** Restores one revision; on success the action opens the editor on the restored post. */
export function RestoreButton({ locale, postId, revisionId, label, errors, name }: Props) {
  const [state, action, pending] = useActionState(restoreRevisionAction, null);
  return (
    <form action={action} className="restore-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" className="button small" disabled={pending} aria-label={name}>{label}</button>
      {state && !state.ok && <p className="form-error" role="alert">{errors[state.error] ?? state.error}</p>}
    </form>
  );
}
