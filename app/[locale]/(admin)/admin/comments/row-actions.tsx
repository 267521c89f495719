'use client';

import type { Translate } from '@/lib/i18n/translate';
import {
  ACTION_SOURCES,
  DELETABLE,
  MODERATION_ACTIONS,
  type ModerationAction,
} from '@/lib/validations/moderation';
import type { QueueItem } from './queue-item';

export type FormMode = 'reply' | 'edit';
export const actionsFor = (status: QueueItem['status']) =>
  MODERATION_ACTIONS.filter((a) => ACTION_SOURCES[a].includes(status));
export const writable = (item: QueueItem) =>
  item.status === 'pending' || item.status === 'approved';

type Props = {
  item: QueueItem;
  t: Translate;
  pending: boolean;
  openMode: FormMode | null;
  onAction: (action: ModerationAction) => void;
  onOpen: (mode: FormMode) => void;
  onDelete: () => void;
};

/** The buttons for one comment: only the moves its status allows, as in WordPress. */
export function RowActions({ item, t, pending, openMode, onAction, onOpen, onDelete }: Props) {
  return (
    <>
      {actionsFor(item.status).map((a) => (
        <button
          key={a}
          type="button"
          className="button small"
          disabled={pending}
          onClick={() => onAction(a)}
        >
          {t(`admin.actions.${a}`)}
        </button>
      ))}
      {writable(item) &&
        (['reply', 'edit'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            className="button small"
            aria-expanded={openMode === mode}
            onClick={() => onOpen(mode)}
          >
            {t(`admin.actions.${mode}`)}
          </button>
        ))}
      {DELETABLE.includes(item.status) && (
        <button type="button" className="button small danger" onClick={onDelete}>
          {t('admin.actions.delete')}
        </button>
      )}
    </>
  );
}
