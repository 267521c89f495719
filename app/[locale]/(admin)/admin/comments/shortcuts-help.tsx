'use client';

import type { Translate } from '@/lib/i18n/translate';
import { Modal } from './dialogs';

const KEYS = ['j', 'k', 'a', 'u', 's', 'd', 'r', 'x'] as const;

/** The `?` overlay listing the queue's keyboard shortcuts. */
export function ShortcutsHelp({
  open,
  onClose,
  t,
}: {
  open: boolean;
  onClose: () => void;
  t: Translate;
}) {
  return (
    <Modal
      open={open}
      title={t('admin.keys.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('admin.keys.close')}
        </button>
      }
    >
      <dl className="shortcuts">
        {KEYS.map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`admin.keys.${key}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t('admin.keys.help')}</dd>
        </div>
      </dl>
    </Modal>
  );
}
