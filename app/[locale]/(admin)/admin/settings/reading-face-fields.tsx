'use client';

import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { READING_FACES } from '@/lib/model';
import { faceLanguages } from '@/lib/typography/faces';
import type { SettingsFormValues } from '@/lib/validations/settings';
import { Field } from './settings-field';

/** Sans or serif body text, per language of the blog that has a serif face (lib/typography/faces). */
export function ReadingFaceFields({ names }: { names: Record<string, string> }) {
  const t = useTranslations('settings');
  const { register } = useFormContext<SettingsFormValues>();
  const typed = useWatch<SettingsFormValues, 'languages'>({ name: 'languages' });
  const languages = faceLanguages([...new Set(String(typed).split(/[\s,、]+/))]);
  if (!languages.length) return null;
  return (
    <fieldset>
      <legend>{t('readingFace.legend')}</legend>
      <p className="muted">{t('readingFace.hint')}</p>
      {languages.map((l) => (
        <Field
          key={l}
          name={`readingFaces.${l}`}
          label={t('readingFace.faceIn', { language: names[l] ?? l })}
        >
          <select id={`readingFaces.${l}`} lang={l} {...register(`readingFaces.${l}`)}>
            {READING_FACES.map((face) => (
              <option key={face} value={face}>
                {t(`readingFace.faces.${face}`)}
              </option>
            ))}
          </select>
        </Field>
      ))}
    </fieldset>
  );
}
