'use client';

import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import type { ModerationAction } from '@/lib/validations/moderation';
import type { ActionResult } from '@/server/action';
import type { Moved, QueueOutcome } from './actions';
import type { QueueItem } from './queue-item';

export type Notice = { ok: boolean; text: string; undo?: Moved[] };

/** How long Undo is offered after a moderation. */
export const UNDO_MS = 10_000;
const NAMED = 3;

/** The message for any other answer: a reply, an edit, an undo, a deletion or an error. */
export function describeResult(t: Translate, result: ActionResult<QueueOutcome>): Notice {
  if (!result.ok)
    return {
      ok: false,
      text: t(result.fieldErrors?.ids ? 'errors.noSelection' : 'errors.invalid'),
    };
  const { kind, count } = result.data;
  if (kind === 'replied' || kind === 'edited') return { ok: true, text: t(`admin.queue.${kind}`) };
  if (kind === 'undone')
    return count
      ? { ok: true, text: t('queueChanges.undone', { count }) }
      : { ok: false, text: t('queueChanges.undoNothing') };
  if (count === 0) return { ok: false, text: t('admin.queue.nothingChanged') };
  return {
    ok: true,
    text: t(kind === 'deleted' ? 'admin.queue.deleted' : 'admin.queue.done', { count }),
  };
}

/** "3 comments approved: Alice on “Post”, Bob on “Post” and 1 more", in the UI language. */
export function describeMoves(
  t: Translate,
  locale: string,
  action: ModerationAction,
  moved: Moved[],
  items: QueueItem[],
): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const named = moved
    .map((m) => byId.get(m.id))
    .filter((i): i is QueueItem => Boolean(i))
    .slice(0, NAMED)
    .map((i) => t('queueChanges.item', { name: i.authorName, post: i.postTitle }));
  const rest = moved.length - named.length;
  const parts = rest > 0 ? [...named, t('queueChanges.more', { count: rest })] : named;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
  return t(`queueChanges.${action}`, { count: moved.length, list });
}

type Props = {
  notice: Notice | null;
  t: Translate;
  pending: boolean;
  onUndo: (moved: Moved[]) => void;
};

/** The queue's live message, with Undo for a few seconds after comments were moved. */
export function QueueNotice({ notice, t, pending, onUndo }: Props) {
  const [expired, setExpired] = useState<Notice | null>(null);
  useEffect(() => {
    if (!notice?.undo) return;
    const timer = setTimeout(() => setExpired(notice), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const undo = notice?.undo && expired !== notice ? notice.undo : null;
  return (
    <div className="queue-notice">
      <p
        role="status"
        className={`queue-message ${notice?.ok === false ? 'form-error' : 'form-ok'}`}
      >
        {notice?.text}
      </p>
      {undo && (
        <button type="button" className="button" disabled={pending} onClick={() => onUndo(undo)}>
          {t('queueChanges.undo')}
        </button>
      )}
    </div>
  );
}
