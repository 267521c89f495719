'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { BlockKind } from '@/lib/model';
import type { PostFormValues } from '@/lib/validations/post';
import { previewBlockAction } from './preview-action';
import '@/components/block-text.css';
import styles from './editor.module.css';

type Props = {
  kind: BlockKind;
  name: `blocks.${number}.texts.${string}`;
  lang: string;
  locale: string;
  label: string;
  failed: string;
};

/** Pause after the last keystroke before asking the server for a new rendering. */
const DEBOUNCE_MS = 300;

/**
 * The block as readers will see it, rendered by the server (the parser never ships to the
 * browser) a moment after typing stops; the last answer stays up while the next one comes.
 */
export function BlockPreview({ kind, name, lang, locale, label, failed }: Props) {
  const text = useWatch<PostFormValues>({ name }) as string | null | undefined;
  const [shown, setShown] = useState<ReactNode>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await previewBlockAction(null, {
        kind,
        lang,
        locale: locale === 'en' ? 'en' : 'ja',
        text: text ?? '',
      }).catch(() => null);
      if (!current) return;
      setError(!result?.ok);
      if (result?.ok) setShown(result.data);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, lang, locale, text]);

  return (
    <section className={`${styles.preview} block-preview`} aria-label={label} lang={lang}>
      {error ? <p className={styles.error}>{failed}</p> : shown}
    </section>
  );
}
