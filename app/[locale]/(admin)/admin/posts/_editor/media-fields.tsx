'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import { SrcField } from './src-field';
import styles from './editor.module.css';

export const IMAGE_TYPES = 'image/png,image/jpeg,image/webp,image/gif';
const AV_TYPES = 'audio/mpeg,audio/mp4,audio/ogg,audio/wav,video/mp4,video/webm';

/** An image's link (optional): where a click on the picture goes. */
function LinkField({ index }: { index: number }) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const { register, formState } = useFormContext<PostFormValues>();
  const error = errorOf(formState.errors.blocks?.[index]?.href?.message);
  const id = `block-${index}-href`;
  return (
    <div className={styles.image}>
      <div>
        <label htmlFor={id}>{t('imageLink')}</label>
        <input
          id={id}
          type="text"
          inputMode="url"
          aria-invalid={error ? true : undefined}
          {...register(`blocks.${index}.href`)}
        />
        {error && <p className={styles.error}>{error}</p>}
      </div>
    </div>
  );
}

/** A media block's own fields above its caption cells: address, upload, link; the break's note. */
export function MediaFields({ kind, index }: { kind: string; index: number }) {
  const t = useTranslations('editor');
  const { formState } = useFormContext<PostFormValues>();
  if (kind === 'more') return <p className={styles.hint}>{t('moreNote')}</p>;
  const common = {
    name: `blocks.${index}.src` as const,
    id: `block-${index}-src`,
    error: formState.errors.blocks?.[index]?.src?.message,
  };
  const images = { label: t('upload'), hint: t('uploadHint'), accept: IMAGE_TYPES };
  switch (kind) {
    case 'image':
      return (
        <>
          <SrcField {...common} label={t('imageSrc')} upload={images} preview />
          <LinkField index={index} />
        </>
      );
    case 'gallery':
      return <SrcField {...common} label={t('galleryImages')} upload={images} multiline />;
    case 'embed':
      return <SrcField {...common} label={t('embedUrl')} hint={t('embedHint')} />;
    case 'audio':
    case 'video': {
      const upload = { label: t('uploadMedia'), hint: t('uploadMediaHint'), accept: AV_TYPES };
      return <SrcField {...common} label={t('mediaUrl')} upload={upload} />;
    }
    default:
      return null;
  }
}
