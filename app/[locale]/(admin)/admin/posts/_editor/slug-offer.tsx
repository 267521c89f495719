'use client';

import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { DATE_SLUG_PATTERN } from '@/lib/slug';
import { slugify, type PostFormValues } from '@/lib/validations/post';
import styles from './editor.module.css';

/**
 * A kanji-only title leaves only a date slug ("2026-12-05-1"). When another of the post's titles
 * (the English one, say) makes a word slug, offer it; the owner may still type any slug.
 */
export function SlugOffer() {
  const t = useTranslations('editor');
  const { setValue } = useFormContext<PostFormValues>();
  const [slug, original, chosen, translations] = useWatch<
    PostFormValues,
    ['slug', 'originalLanguage', 'translationLanguages', 'translations']
  >({ name: ['slug', 'originalLanguage', 'translationLanguages', 'translations'] });
  if (slug && !DATE_SLUG_PATTERN.test(slug.trim())) return null;
  const offer = [original, ...chosen]
    .map((l) => slugify(translations[l]?.title ?? ''))
    .find(Boolean);
  if (!offer) return null;
  return (
    <p className={styles.hint}>
      <button
        type="button"
        className="button"
        onClick={() => setValue('slug', offer, { shouldDirty: true, shouldValidate: true })}
      >
        {t('slugOffer', { slug: offer })}
      </button>
    </p>
  );
}
