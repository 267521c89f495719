'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { SettingsFormValues } from '@/lib/validations/settings';
import styles from './settings.module.css';

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/**
 * The logo: uploaded through the media library's route (sniffed, re-encoded, metadata dropped),
 * whose id the form then saves with the other settings. Removing it brings back the built-in icon.
 */
export function LogoField({ initialSrc }: { initialSrc: string | null }) {
  const t = useTranslations('settings');
  const errorOf = useErrorText();
  const { register, setValue, formState } = useFormContext<SettingsFormValues>();
  const [src, setSrc] = useState(initialSrc);
  // null: idle; 'uploading'; or the error code the server answered with.
  const [state, setState] = useState<string | null>(null);
  const fieldError = formState.errors.logoMediaId?.message;

  async function send(file: File | undefined) {
    if (!file) return;
    setState('uploading');
    const body = new FormData();
    body.set('file', file);
    const response = await fetch('/api/media', { method: 'POST', body }).catch(() => null);
    const data = (await response?.json().catch(() => null)) as {
      url?: string;
      id?: number;
      error?: string;
    } | null;
    if (!response?.ok || !data?.url || !data.id) return setState(data?.error ?? 'network');
    setValue('logoMediaId', String(data.id), { shouldDirty: true });
    setSrc(data.url);
    setState(null);
  }

  function remove() {
    setValue('logoMediaId', '', { shouldDirty: true });
    setSrc(null);
  }

  return (
    <div className="field">
      <input type="hidden" {...register('logoMediaId')} />
      <label htmlFor="logoFile">{t('logo')}</label>
      <div className={styles.logoRow}>
        {src ? (
          // eslint-disable-next-line @next/next/no-img-element -- the upload itself, as a preview
          <img src={src} alt={t('logoCurrent')} className={styles.logoPreview} />
        ) : (
          <p className="muted">{t('logoNone')}</p>
        )}
        {src && (
          <button type="button" className="button small" onClick={remove}>
            {t('logoRemove')}
          </button>
        )}
      </div>
      <input
        id="logoFile"
        type="file"
        accept={ACCEPT}
        aria-describedby="logoHint"
        onChange={(e) => void send(e.target.files?.[0])}
      />
      <p className="muted" id="logoHint">
        {t('logoHint')}
      </p>
      <p
        role="status"
        className={`${styles.status} ${state && state !== 'uploading' ? 'field-error' : 'muted'}`}
      >
        {state === 'uploading' ? t('logoUploading') : errorOf(state ?? fieldError)}
      </p>
    </div>
  );
}
