'use client';

import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { checkAccent } from '@/lib/accent';
import { formatRatio } from '@/lib/contrast';
import type { SettingsFormValues } from '@/lib/validations/settings';
import { LogoField } from './logo-field';
import { Field, Input } from './settings-field';
import styles from './settings.module.css';

/** What the picker shows while the text box is empty or half typed: the built-in accent. */
const PICKER_DEFAULT = '#0b5cad';

/** The measured contrast under the colour, as the owner types (the schema has the last word). */
function AccentMeasure() {
  const t = useTranslations('settings');
  const value = useWatch<SettingsFormValues, 'accentColor'>({ name: 'accentColor' });
  const check = checkAccent(String(value ?? ''));
  if (!check) return null;
  return (
    <p className={styles.measure} id="accentMeasure">
      {t('accentMeasure', {
        light: formatRatio(check.lightRatio),
        dark: check.dark,
        darkRatio: formatRatio(check.darkRatio),
      })}
    </p>
  );
}

/** Accent colour (typed or picked) and the logo: the blog's look, in its own fieldset. */
export function LookFields({ logoSrc }: { logoSrc: string | null }) {
  const t = useTranslations('settings');
  const { setValue, formState } = useFormContext<SettingsFormValues>();
  const accent = String(useWatch<SettingsFormValues, 'accentColor'>({ name: 'accentColor' }) ?? '');
  const picked = checkAccent(accent)?.light ?? PICKER_DEFAULT;
  const set = (value: string) =>
    setValue('accentColor', value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  return (
    <fieldset>
      <legend>{t('look')}</legend>
      <Field name="accentColor" label={t('accentColor')} hint={t('accentHint')}>
        <div className={styles.colorRow}>
          <Input
            name="accentColor"
            placeholder={PICKER_DEFAULT}
            spellCheck={false}
            autoComplete="off"
          />
          <input
            type="color"
            aria-label={t('accentPicker')}
            value={picked}
            onChange={(e) => set(e.target.value)}
          />
          {accent && (
            <button type="button" className="button small" onClick={() => set('')}>
              {t('accentDefault')}
            </button>
          )}
        </div>
        <AccentMeasure />
      </Field>
      <LogoField initialSrc={logoSrc} />
    </fieldset>
  );
}
