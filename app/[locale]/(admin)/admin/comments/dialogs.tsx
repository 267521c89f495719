'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Translate } from '@/lib/i18n/translate';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
};

/** A modal <dialog>: focus is trapped and Escape closes it, as the browser does natively. */
export function Modal({ open, title, onClose, children, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}

type ConfirmProps = {
  ids: number[] | null;
  t: Translate;
  onConfirm: (ids: number[]) => void;
  onClose: () => void;
};

/** Asks before deleting for good; nothing happens until the danger button is pressed. */
export function ConfirmDelete({ ids, t, onConfirm, onClose }: ConfirmProps) {
  const confirm = () => {
    if (ids) onConfirm(ids);
    onClose();
  };
  return (
    <Modal
      open={ids !== null}
      title={t('admin.confirmDelete.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button danger" onClick={confirm}>
            {t('admin.actions.delete')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('admin.actions.cancel')}
          </button>
        </>
      }
    >
      <p>{t('admin.confirmDelete.body', { count: ids?.length ?? 0 })}</p>
    </Modal>
  );
}
