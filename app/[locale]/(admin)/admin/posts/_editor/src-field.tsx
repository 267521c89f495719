'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import styles from './editor.module.css';

export type SrcName = 'coverSrc' | `blocks.${number}.src`;

type Props = {
  name: SrcName;
  id: string;
  label: string;
  /** The upload input's label and hint; none for addresses only (embeds). */
  upload?: { label: string; hint: string; accept: string };
  hint?: string;
  /** A gallery: one address a line, and an upload adds a line. */
  multiline?: boolean;
  error?: string;
  preview?: boolean;
};

/** A media address: typed, or filled in by an upload (checked on the server). */
export function SrcField({ name, id, label, upload, hint, multiline, error, preview }: Props) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const { register, setValue, getValues, formState } = useFormContext<PostFormValues>();
  const src = useWatch<PostFormValues, SrcName>({ name });
  // null: idle; 'uploading'; or the error key the server answered with.
  const [state, setState] = useState<string | null>(null);
  const message = errorOf(error);

  async function send(file: File | undefined) {
    if (!file) return;
    setState('uploading');
    const body = new FormData();
    body.set('file', file);
    const response = await fetch('/api/media', { method: 'POST', body }).catch(() => null);
    const data = (await response?.json().catch(() => null)) as {
      url?: string;
      error?: string;
    } | null;
    if (!response?.ok || !data?.url) return setState(data?.error ?? 'network');
    const before = multiline ? (getValues(name) ?? '').trim() : '';
    setValue(name, before ? `${before}\n${data.url}` : data.url, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    setState(null);
  }

  const field = {
    id,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    ...register(name),
  };
  return (
    <div className={styles.image}>
      <div>
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea rows={3} {...field} />
        ) : (
          <input type="text" inputMode="url" {...field} />
        )}
        {hint && (
          <p id={`${id}-hint`} className={styles.hint}>
            {hint}
          </p>
        )}
        {message && <p className={styles.error}>{message}</p>}
      </div>
      {upload && (
        <div>
          <label htmlFor={`${id}-file`}>{upload.label}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={upload.accept}
            onChange={(e) => send(e.target.files?.[0])}
          />
          <p role="status" className={state && state !== 'uploading' ? styles.error : styles.hint}>
            {state === 'uploading'
              ? t('uploading')
              : state
                ? `${t('uploadFailed')} ${errorOf(state)}`
                : upload.hint}
          </p>
        </div>
      )}
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the owner's own image */}
      {preview && src && <img src={src} alt="" className={styles.preview} />}
    </div>
  );
}
