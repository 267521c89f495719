'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import type { CommentStatus } from '@/lib/model';
import type { Translate } from '@/lib/i18n/translate';
import { ACTION_SOURCES, type ModerationAction } from '@/lib/validations/moderation';
import { deleteAction, moderateAction, undoAction, type Moved, type QueueOutcome } from './actions';
import { ConfirmDelete } from './dialogs';
import type { QueueItem } from './queue-item';
import { describeMoves, describeResult, QueueNotice, type Notice } from './queue-notice';
import { QueueRow } from './queue-row';
import { QueueToolbar } from './queue-toolbar';
import { actionsFor, RowActions, writable, type FormMode } from './row-actions';
import { ShortcutsHelp } from './shortcuts-help';
import { TextForm } from './text-form';
import { useHydrated, useQueueKeys } from './use-queue-keys';

type Command =
  | { kind: 'moderate'; action: ModerationAction; ids: number[] }
  | { kind: 'delete'; ids: number[] }
  | { kind: 'undo'; changes: Moved[] };

const send = (command: Command) =>
  command.kind === 'delete'
    ? deleteAction(null, { ids: command.ids, confirm: 'yes' })
    : command.kind === 'undo'
      ? undoAction(null, { changes: command.changes })
      : moderateAction(null, { ids: command.ids, action: command.action });

/** The queue of one tab: selection, row and bulk actions, reply/edit forms and the keyboard (messages: `admin` and `errors`). */
export function QueueList({ status, items }: { status: CommentStatus; items: QueueItem[] }) {
  const t: Translate = useTranslations();
  const locale = useLocale();
  const [cursor, setCursor] = useState(-1);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [open, setOpen] = useState<{ id: number; mode: FormMode } | null>(null);
  const [confirm, setConfirm] = useState<number[] | null>(null);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
  const rows = useRef(new Map<number, HTMLLIElement>());
  const hydrated = useHydrated();
  const active = Math.min(cursor, items.length - 1);
  const current = items[active];
  const chosen = items.filter((i) => selected.has(i.id)).map((i) => i.id);

  // The row under the cursor has focus, so screen readers follow j/k; after an action the next row takes its place.
  useEffect(() => {
    if (current) rows.current.get(current.id)?.focus();
  }, [current]);

  const run = (command: Command) =>
    startTransition(async () => {
      // The rows as they were: after the action the queue re-renders without the moved ones.
      const before = items;
      const result = await send(command);
      const moved = result.ok ? result.data.moved : undefined;
      setNotice(
        command.kind === 'moderate' && moved?.length
          ? { ok: true, text: describeMoves(t, locale, command.action, moved, before), undo: moved }
          : describeResult(t, result),
      );
      if (result.ok) setSelected(new Set());
    });
  const toggle = (id: number) =>
    setSelected((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]));
  const act = (action: ModerationAction, item = current) =>
    item &&
    ACTION_SOURCES[action].includes(item.status) &&
    run({ kind: 'moderate', action, ids: [item.id] });
  const move = (delta: number) =>
    setCursor(Math.max(0, Math.min(items.length - 1, active + delta)));
  const done = (outcome: QueueOutcome) => {
    setOpen(null);
    setNotice(describeResult(t, { ok: true, data: outcome }));
  };

  useQueueKeys({
    j: () => move(1),
    k: () => move(-1),
    a: () => act('approve'),
    u: () => act('unapprove'),
    s: () => act('spam'),
    d: () => act('trash'),
    r: () => current && writable(current) && setOpen({ id: current.id, mode: 'reply' }),
    x: () => current && toggle(current.id),
    '?': () => setHelp(true),
  });

  return (
    <>
      <QueueToolbar
        t={t}
        status={status}
        actions={actionsFor(status)}
        selected={chosen.length}
        allSelected={items.length > 0 && chosen.length === items.length}
        pending={pending}
        keys={hydrated}
        onToggleAll={() =>
          setSelected(new Set(chosen.length === items.length ? [] : items.map((i) => i.id)))
        }
        onAction={(action) => run({ kind: 'moderate', action, ids: chosen })}
        onDelete={() => setConfirm(chosen)}
        onHelp={() => setHelp(true)}
      />
      <QueueNotice
        notice={notice}
        t={t}
        pending={pending}
        onUndo={(changes) => run({ kind: 'undo', changes })}
      />
      {items.length === 0 && <p className="muted">{t('admin.queue.empty')}</p>}
      <ol className="queue-rows" aria-label={t('admin.queue.list')}>
        {items.map((item, index) => (
          <QueueRow
            key={item.id}
            item={item}
            t={t}
            active={index === active}
            selected={selected.has(item.id)}
            onSelect={() => toggle(item.id)}
            onActivate={() => setCursor(index)}
            rowRef={(el) => {
              if (el) rows.current.set(item.id, el);
              else rows.current.delete(item.id);
            }}
            actions={
              <RowActions
                item={item}
                t={t}
                pending={pending}
                openMode={open?.id === item.id ? open.mode : null}
                onAction={(a) => act(a, item)}
                onOpen={(mode) => setOpen({ id: item.id, mode })}
                onDelete={() => setConfirm([item.id])}
              />
            }
            form={
              open?.id === item.id && (
                <TextForm
                  key={open.mode}
                  mode={open.mode}
                  item={item}
                  onDone={done}
                  onCancel={() => setOpen(null)}
                />
              )
            }
          />
        ))}
      </ol>
      <ConfirmDelete
        ids={confirm}
        t={t}
        onConfirm={(ids) => run({ kind: 'delete', ids })}
        onClose={() => setConfirm(null)}
      />
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} t={t} />
    </>
  );
}
