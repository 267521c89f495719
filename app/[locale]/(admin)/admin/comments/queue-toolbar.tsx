'use client';

import type { CommentStatus } from '@/lib/model';
import type { Translate } from '@/lib/i18n/translate';
import { DELETABLE, type ModerationAction } from '@/lib/validations/moderation';

type Props = {
  t: Translate;
  status: CommentStatus;
  actions: ModerationAction[];
  selected: number;
  allSelected: boolean;
  pending: boolean;
  keys: boolean;
  onToggleAll: () => void;
  onAction: (action: ModerationAction) => void;
  onDelete: () => void;
  onHelp: () => void;
};

/** Select all, the bulk actions this tab allows, and the way to the shortcut help. */
export function QueueToolbar({
  t,
  status,
  actions,
  selected,
  allSelected,
  pending,
  keys,
  onToggleAll,
  onAction,
  onDelete,
  onHelp,
}: Props) {
  const none = selected === 0 || pending;
  return (
    <div className="queue-toolbar">
      <label className="select-all">
        <input type="checkbox" checked={allSelected} onChange={onToggleAll} />{' '}
        {t('admin.queue.selectAll')}
      </label>
      <span className="muted">{t('admin.queue.selected', { count: selected })}</span>
      <div role="group" aria-label={t('admin.queue.bulk')} className="bulk-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="button small"
            disabled={none}
            onClick={() => onAction(action)}
          >
            {t(`admin.actions.${action}`)}
          </button>
        ))}
        {DELETABLE.includes(status) && (
          <button type="button" className="button small danger" disabled={none} onClick={onDelete}>
            {t('admin.actions.delete')}
          </button>
        )}
      </div>
      {/* Shortcuts work once the page's script runs: only then are they offered. */}
      {keys && (
        <button
          type="button"
          className="link-button keys-hint"
          onClick={onHelp}
          aria-keyshortcuts="?"
        >
          {t('admin.queue.keysHint')}
        </button>
      )}
    </div>
  );
}
