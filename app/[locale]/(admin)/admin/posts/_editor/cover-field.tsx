'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import type { PostFormValues } from '@/lib/validations/post';
import { IMAGE_TYPES } from './media-fields';
import { SrcField } from './src-field';
import styles from './editor.module.css';

/** The post's cover image: on cards, at the top of the post, in feeds and on the share card. */
export function CoverField() {
  const t = useTranslations('editor');
  const { formState } = useFormContext<PostFormValues>();
  return (
    <fieldset className={styles.group}>
      <legend>{t('cover')}</legend>
      <SrcField
        name="coverSrc"
        id="coverSrc"
        label={t('coverSrc')}
        upload={{ label: t('uploadCover'), hint: t('uploadHint'), accept: IMAGE_TYPES }}
        error={formState.errors.coverSrc?.message}
        preview
      />
    </fieldset>
  );
}
