'use client';

import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { EXCERPT_MAX, SLUG_MAX, slugify, TITLE_MAX, type PostFormValues } from '@/lib/validations/post';
import { errorText, fill, type EditorMessages } from './messages';
import styles from './editor.module.css';

type Common = { m: EditorMessages; names: Record<string, string> };
type Props = Common & { languages: string[]; categories: Array<{ id: number; name: string }>; timeZone: string };

function FieldError({ m, message, id }: { m: EditorMessages; message: string | undefined; id: string }) {
  return message ? <p id={id} className={styles.error}>{errorText(m, message)}</p> : null;
}

/** Original and translation languages; choosing a translation as the original swaps the two. */
function LanguageFields({ m, names, languages }: Common & { languages: string[] }) {
  const { register, setValue, getValues } = useFormContext<PostFormValues>();
  const original = useWatch<PostFormValues, 'originalLanguage'>({ name: 'originalLanguage' });
  const [previous, setPrevious] = useState(original);
  const swap = (next: string) => {
    const list = getValues('translationLanguages');
    if (list.includes(next)) setValue('translationLanguages', list.map((l) => (l === next ? previous : l)), { shouldDirty: true });
    setPrevious(next);
  };
  return (
    <fieldset className={styles.group}>
      <legend>{m.languages}</legend>
      <label htmlFor="originalLanguage">{m.originalLanguage}</label>
      <select id="originalLanguage" {...register('originalLanguage', { onChange: (e) => swap(e.target.value) })}>
        {languages.map((l) => <option key={l} value={l}>{names[l] ?? l} ({l})</option>)}
      </select>
      <fieldset className={styles.inline}>
        <legend>{m.translationLanguages}</legend>
        {languages.filter((l) => l !== original).map((l) => (
          <label key={l}>
            <input type="checkbox" value={l} {...register('translationLanguages')} /> {names[l] ?? l} ({l})
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** Title and excerpt in one language. */
function TextFields({ m, names, lang, onTitle }: Common & { lang: string; onTitle: (title: string) => void }) {
  const { register, formState } = useFormContext<PostFormValues>();
  const errors = formState.errors.translations?.[lang];
  const language = names[lang] ?? lang;
  return (
    <fieldset className={styles.group}>
      <legend>{fill(m.textsIn, { language })}</legend>
      <label htmlFor={`title-${lang}`}>{fill(m.titleIn, { language })}</label>
      <input id={`title-${lang}`} lang={lang} maxLength={TITLE_MAX} aria-invalid={errors?.title ? true : undefined} aria-describedby={`title-${lang}-error`}
        {...register(`translations.${lang}.title`, { onChange: (e) => onTitle(e.target.value) })} />
      <FieldError m={m} message={errors?.title?.message} id={`title-${lang}-error`} />
      <label htmlFor={`excerpt-${lang}`}>{fill(m.excerptIn, { language })}</label>
      <textarea id={`excerpt-${lang}`} lang={lang} rows={2} maxLength={EXCERPT_MAX} {...register(`translations.${lang}.excerpt`)} />
      <FieldError m={m} message={errors?.excerpt?.message} id={`excerpt-${lang}-error`} />
    </fieldset>
  );
}

/** Slug, category, comments, status and publication time (in the blog's zone). */
function PublicationFields({ m, categories, timeZone, onSlugEdit }: Pick<Props, 'm' | 'categories' | 'timeZone'> & { onSlugEdit: () => void }) {
  const { register, formState } = useFormContext<PostFormValues>();
  const errors = formState.errors;
  return (
    <fieldset className={styles.group}>
      <legend>{m.publication}</legend>
      <label htmlFor="slug">{m.slug}</label>
      <input id="slug" maxLength={SLUG_MAX} aria-describedby="slug-hint slug-error" aria-invalid={errors.slug ? true : undefined} {...register('slug', { onChange: onSlugEdit })} />
      <p id="slug-hint" className={styles.hint}>{m.slugHint}</p>
      <FieldError m={m} message={errors.slug?.message} id="slug-error" />
      <label htmlFor="categoryId">{m.category}</label>
      <select id="categoryId" {...register('categoryId')}>
        <option value="">{m.uncategorised}</option>
        {categories.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
      </select>
      <FieldError m={m} message={errors.categoryId?.message} id="category-error" />
      <label className={styles.check}><input type="checkbox" {...register('commentsOpen')} /> {m.commentsOpen}</label>
      <fieldset className={styles.inline}>
        <legend>{m.status}</legend>
        <label><input type="radio" value="draft" {...register('status')} /> {m.statusDraft}</label>
        <label><input type="radio" value="published" {...register('status')} /> {m.statusPublished}</label>
      </fieldset>
      <label htmlFor="publishedAt">{fill(m.publishedAt, { timeZone })}</label>
      <input id="publishedAt" type="datetime-local" step={1} aria-describedby="publishedAt-hint publishedAt-error" {...register('publishedAt')} />
      <p id="publishedAt-hint" className={styles.hint}>{m.publishedAtHint}</p>
      <FieldError m={m} message={errors.publishedAt?.message} id="publishedAt-error" />
    </fieldset>
  );
}

/** Everything about the post except its blocks. The slug follows the title until edited. */
export function PostFields({ languages, categories, timeZone, m, names }: Props) {
  const { setValue, getValues } = useFormContext<PostFormValues>();
  const original = useWatch<PostFormValues, 'originalLanguage'>({ name: 'originalLanguage' });
  const chosen = useWatch<PostFormValues, 'translationLanguages'>({ name: 'translationLanguages' });
  const postLanguages = [original, ...chosen.filter((l) => l !== original)];
  const [slugLocked, setSlugLocked] = useState(() => getValues('slug') !== '');
  const deriveSlug = (language: string, title: string) => {
    if (slugLocked) return;
    const titleOf = (l: string) => (l === language ? title : (getValues(`translations.${l}.title`) ?? ''));
    setValue('slug', postLanguages.map((l) => slugify(titleOf(l))).find(Boolean) ?? '', { shouldDirty: true });
  };
  return (
    <div className={styles.fields}>
      <LanguageFields m={m} names={names} languages={languages} />
      {postLanguages.map((l) => <TextFields key={l} m={m} names={names} lang={l} onTitle={(title) => deriveSlug(l, title)} />)}
      <PublicationFields m={m} categories={categories} timeZone={timeZone} onSlugEdit={() => setSlugLocked(true)} />
    </div>
  );
}
