'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { deleteTagAction, mergeTagAction } from './actions';

/** Merge a tag into another one, or delete it; each asks first (messages: `taxonomy`, `errors`). */
export function TagMerge({
  id,
  others,
}: {
  id: number;
  others: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations('taxonomy');
  const text = useErrorText();
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: 'merge' | 'delete') {
    if (action === 'merge' && !into) return setError(text('tagMergeSelf'));
    if (!window.confirm(t(action === 'merge' ? 'confirmMerge' : 'confirmDelete'))) return;
    setBusy(true);
    const result = await (
      action === 'merge' ? mergeTagAction(null, { id, into }) : deleteTagAction(null, { id })
    ).catch(() => null);
    setBusy(false);
    // On success the page re-renders without this tag.
    if (!result?.ok) setError(text(result?.error ?? 'network'));
  }

  return (
    <div className="category-actions">
      <label htmlFor={`t${id}-into`}>{t('mergeInto')}</label>
      <select id={`t${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
        <option value="">{t('chooseTag')}</option>
        {others.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="button" className="button small" disabled={busy} onClick={() => run('merge')}>
        {t('merge')}
      </button>
      <button
        type="button"
        className="button danger small"
        disabled={busy}
        onClick={() => run('delete')}
      >
        {t('delete')}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
