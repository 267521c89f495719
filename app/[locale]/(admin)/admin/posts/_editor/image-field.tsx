'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import styles from './editor.module.css';

/** An image block's picture: upload a file (checked on the server) or give its address. */
export function ImageField({ index }: { index: number }) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const { register, setValue, formState } = useFormContext<PostFormValues>();
  const src = useWatch<PostFormValues, `blocks.${number}.src`>({ name: `blocks.${index}.src` });
  // null: idle; 'uploading'; or the error key the server answered with.
  const [state, setState] = useState<string | null>(null);
  const id = `block-${index}-src`;
  const error = errorOf(formState.errors.blocks?.[index]?.src?.message);

  async function upload(file: File | undefined) {
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
    setValue(`blocks.${index}.src`, data.url, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    setState(null);
  }

  return (
    <div className={styles.image}>
      <div>
        <label htmlFor={id}>{t('imageSrc')}</label>
        <input
          id={id}
          type="text"
          inputMode="url"
          aria-invalid={error ? true : undefined}
          {...register(`blocks.${index}.src`)}
        />
        {error && <p className={styles.error}>{error}</p>}
      </div>
      <div>
        <label htmlFor={`${id}-file`}>{t('upload')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          onChange={(e) => upload(e.target.files?.[0])}
        />
        <p role="status" className={state && state !== 'uploading' ? styles.error : styles.hint}>
          {state === 'uploading'
            ? t('uploading')
            : state
              ? `${t('uploadFailed')} ${errorOf(state)}`
              : t('uploadHint')}
        </p>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the owner's own upload */}
      {src && <img src={src} alt="" className={styles.preview} />}
    </div>
  );
}
