'use client';

import type { ReactNode, Ref } from 'react';
import { autonym } from '@/lib/comments/language-name';
import type { Translate } from '@/lib/i18n/translate';
import type { QueueItem } from './queue-item';

type Props = {
  item: QueueItem;
  t: Translate;
  active: boolean;
  selected: boolean;
  onSelect: () => void;
  onActivate: () => void;
  rowRef: Ref<HTMLLIElement>;
  actions: ReactNode;
  form: ReactNode;
};

/** One comment with everything a moderator needs to decide. User text is only ever rendered as text. */
export function QueueRow({
  item,
  t,
  active,
  selected,
  onSelect,
  onActivate,
  rowRef,
  actions,
  form,
}: Props) {
  const headingId = `comment-${item.id}-author`;
  return (
    <li
      ref={rowRef}
      tabIndex={-1}
      className={`queue-row${active ? ' active' : ''}`}
      aria-current={active ? 'true' : undefined}
      aria-labelledby={headingId}
      onFocus={onActivate}
    >
      <div className="queue-select">
        <input
          type="checkbox"
          checked={selected}
          onChange={onSelect}
          aria-label={t('admin.queue.select', { name: item.authorName })}
        />
      </div>
      <div className="queue-main">
        <p className="queue-author">
          <strong id={headingId}>{item.authorName}</strong>
          {item.staff && <span className="badge subtle">{t('admin.queue.staff')}</span>}
          <a href={`mailto:${item.authorEmail}`} className="email">
            {item.authorEmail}
          </a>
          <span className="trust">{t('admin.queue.trust', { count: item.approvedBefore })}</span>
        </p>
        <p className="queue-meta">
          {t('admin.queue.onPost')} <a href={item.postHref}>{item.postTitle}</a> ·{' '}
          <time dateTime={item.iso}>{item.time}</time> ·{' '}
          <span className={`status status-${item.status}`}>{t(`admin.status.${item.status}`)}</span>{' '}
          ·{' '}
          <span className="queue-lang">
            <span className="visually-hidden">{t('queueChanges.language')} </span>
            <span lang={item.language}>{autonym(item.language)}</span>
          </span>
        </p>
        {item.reason && <p className="held">{item.reason}</p>}
        {item.parent && (
          <blockquote className="queue-parent" aria-label={t('admin.queue.parentLabel')}>
            <p className="muted">{t('admin.queue.inReplyTo', { name: item.parent.authorName })}</p>
            <p>{item.parent.body}</p>
          </blockquote>
        )}
        <p className="queue-body" lang={item.language}>
          {item.body}
        </p>
        <div
          className="row-actions"
          role="group"
          aria-label={t('admin.queue.rowActions', { name: item.authorName })}
        >
          {actions}
        </div>
        {form}
      </div>
    </li>
  );
}
