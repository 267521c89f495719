'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { dateSlug } from '@/lib/slug';
import {
  EXCERPT_MAX,
  SLUG_MAX,
  slugify,
  TITLE_MAX,
  type PostFormValues,
} from '@/lib/validations/post';
import { CoverField } from './cover-field';
import { SlugOffer } from './slug-offer';
import styles from './editor.module.css';
import { TaxonomyFields, type EditorCategory } from './taxonomy-fields';

type Common = { names: Record<string, string> };
type Props = Common & {
  languages: string[];
  categories: EditorCategory[];
  tagSuggestions: string[];
  timeZone: string;
};

function FieldError({ message, id }: { message: string | undefined; id: string }) {
  const errorOf = useErrorText();
  return message ? (
    <p id={id} className={styles.error}>
      {errorOf(message)}
    </p>
  ) : null;
}

/** Original and translation languages; choosing a translation as the original swaps the two. */
function LanguageFields({ names, languages }: Common & { languages: string[] }) {
  const t = useTranslations('editor');
  const { register, setValue, getValues } = useFormContext<PostFormValues>();
  const original = useWatch<PostFormValues, 'originalLanguage'>({ name: 'originalLanguage' });
  const [previous, setPrevious] = useState(original);
  const swap = (next: string) => {
    const list = getValues('translationLanguages');
    if (list.includes(next))
      setValue(
        'translationLanguages',
        list.map((l) => (l === next ? previous : l)),
        { shouldDirty: true },
      );
    setPrevious(next);
  };
  return (
    <fieldset className={styles.group}>
      <legend>{t('languages')}</legend>
      <label htmlFor="originalLanguage">{t('originalLanguage')}</label>
      <select
        id="originalLanguage"
        {...register('originalLanguage', { onChange: (e) => swap(e.target.value) })}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {names[l] ?? l} ({l})
          </option>
        ))}
      </select>
      <fieldset className={styles.inline}>
        <legend>{t('translationLanguages')}</legend>
        {languages
          .filter((l) => l !== original)
          .map((l) => (
            <label key={l}>
              <input type="checkbox" value={l} {...register('translationLanguages')} />{' '}
              {names[l] ?? l} ({l})
            </label>
          ))}
      </fieldset>
    </fieldset>
  );
}

/** Title and excerpt in one language. */
function TextFields({
  names,
  lang,
  onTitle,
}: Common & { lang: string; onTitle: (title: string) => void }) {
  const t = useTranslations('editor');
  const { register, formState } = useFormContext<PostFormValues>();
  const errors = formState.errors.translations?.[lang];
  const language = names[lang] ?? lang;
  return (
    <fieldset className={styles.group}>
      <legend>{t('textsIn', { language })}</legend>
      <label htmlFor={`title-${lang}`}>{t('titleIn', { language })}</label>
      <input
        id={`title-${lang}`}
        lang={lang}
        maxLength={TITLE_MAX}
        aria-invalid={errors?.title ? true : undefined}
        aria-describedby={`title-${lang}-error`}
        {...register(`translations.${lang}.title`, { onChange: (e) => onTitle(e.target.value) })}
      />
      <FieldError message={errors?.title?.message} id={`title-${lang}-error`} />
      <label htmlFor={`excerpt-${lang}`}>{t('excerptIn', { language })}</label>
      <textarea
        id={`excerpt-${lang}`}
        lang={lang}
        rows={2}
        maxLength={EXCERPT_MAX}
        {...register(`translations.${lang}.excerpt`)}
      />
      <FieldError message={errors?.excerpt?.message} id={`excerpt-${lang}-error`} />
    </fieldset>
  );
}

/** Slug, comments, status and publication time (in the blog's zone). */
function PublicationFields({
  timeZone,
  onSlugEdit,
}: Pick<Props, 'timeZone'> & { onSlugEdit: () => void }) {
  const t = useTranslations('editor');
  const { register, formState } = useFormContext<PostFormValues>();
  const errors = formState.errors;
  return (
    <fieldset className={styles.group}>
      <legend>{t('publication')}</legend>
      <label htmlFor="slug">{t('slug')}</label>
      <input
        id="slug"
        maxLength={SLUG_MAX}
        aria-describedby="slug-hint slug-error"
        aria-invalid={errors.slug ? true : undefined}
        {...register('slug', { onChange: onSlugEdit })}
      />
      <p id="slug-hint" className={styles.hint}>
        {t('slugHint')}
      </p>
      <SlugOffer />
      <FieldError message={errors.slug?.message} id="slug-error" />
      <label className={styles.check}>
        <input type="checkbox" {...register('commentsOpen')} /> {t('commentsOpen')}
      </label>
      <fieldset className={styles.inline}>
        <legend>{t('status')}</legend>
        <label>
          <input type="radio" value="draft" {...register('status')} /> {t('statusDraft')}
        </label>
        <label>
          <input type="radio" value="published" {...register('status')} /> {t('statusPublished')}
        </label>
      </fieldset>
      <label htmlFor="publishedAt">{t('publishedAt', { timeZone })}</label>
      <input
        id="publishedAt"
        type="datetime-local"
        step={1}
        aria-describedby="publishedAt-hint publishedAt-error"
        {...register('publishedAt')}
      />
      <p id="publishedAt-hint" className={styles.hint}>
        {t('publishedAtHint')}
      </p>
      <FieldError message={errors.publishedAt?.message} id="publishedAt-error" />
    </fieldset>
  );
}

/** Everything about the post except its blocks. The slug follows the title until edited. */
export function PostFields({ languages, categories, tagSuggestions, timeZone, names }: Props) {
  const { setValue, getValues } = useFormContext<PostFormValues>();
  const original = useWatch<PostFormValues, 'originalLanguage'>({ name: 'originalLanguage' });
  const chosen = useWatch<PostFormValues, 'translationLanguages'>({ name: 'translationLanguages' });
  const postLanguages = [original, ...chosen.filter((l) => l !== original)];
  const [slugLocked, setSlugLocked] = useState(() => getValues('slug') !== '');
  const deriveSlug = (language: string, title: string) => {
    if (slugLocked) return;
    const titleOf = (l: string) =>
      l === language ? title : (getValues(`translations.${l}.title`) ?? '');
    const titles = postLanguages.map(titleOf);
    // A title with no latin or kana (kanji only) still gets a slug: the date, numbered on save.
    const fallback = titles.some((t) => t.trim()) ? dateSlug(new Date(), timeZone) : '';
    setValue('slug', titles.map(slugify).find(Boolean) ?? fallback, { shouldDirty: true });
  };
  return (
    <div className={styles.fields}>
      <LanguageFields names={names} languages={languages} />
      {postLanguages.map((l) => (
        <TextFields key={l} names={names} lang={l} onTitle={(title) => deriveSlug(l, title)} />
      ))}
      <PublicationFields timeZone={timeZone} onSlugEdit={() => setSlugLocked(true)} />
      <TaxonomyFields categories={categories} tagSuggestions={tagSuggestions} />
      <CoverField />
    </div>
  );
}
