'use client';

import { useTranslations } from 'next-intl';
import { useState, type KeyboardEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { PostFormValues } from '@/lib/validations/post';
import { TAG_NAME_MAX } from '@/lib/validations/tag-name';
import styles from './editor.module.css';
import own from './taxonomy-fields.module.css';

export type EditorCategory = { id: number; name: string; depth: number };

/** Checkboxes in tree order (children indented); the first checked in this order is the primary. */
function CategoryChecks({ categories }: { categories: EditorCategory[] }) {
  const t = useTranslations('taxonomy');
  const { field } = useController<PostFormValues, 'categoryIds'>({ name: 'categoryIds' });
  const checked = new Set(field.value);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...checked, id] : [...checked].filter((c) => c !== id);
    // Stored in tree order, so the primary category is the topmost one ticked.
    field.onChange(categories.map((c) => String(c.id)).filter((c) => next.includes(c)));
  };
  return (
    <fieldset className={styles.group}>
      <legend>{t('categories')}</legend>
      {categories.length === 0 && <p className={styles.hint}>{t('noCategories')}</p>}
      <div className={own.checks}>
        {categories.map((c) => (
          <label
            key={c.id}
            className={styles.check}
            style={{ paddingInlineStart: `${c.depth * 1.25}rem` }}
          >
            <input
              type="checkbox"
              checked={checked.has(String(c.id))}
              onChange={(e) => toggle(String(c.id), e.target.checked)}
            />{' '}
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Tags as removable chips; type a name (existing ones are suggested) and press Enter or comma. */
function TagBox({ suggestions }: { suggestions: string[] }) {
  const t = useTranslations('taxonomy');
  const errorOf = useErrorText();
  const { field } = useController<PostFormValues, 'tags'>({ name: 'tags' });
  const { errors } = useFormContext<PostFormValues>().formState;
  const [draft, setDraft] = useState('');
  const tags = field.value;
  const add = (text: string) => {
    const names = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const lower = tags.map((x) => x.toLowerCase());
    const fresh = names.filter(
      (n, i) => !lower.includes(n.toLowerCase()) && names.indexOf(n) === i,
    );
    if (fresh.length) field.onChange([...tags, ...fresh]);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(draft);
    } else if (e.key === 'Backspace' && !draft && tags.length) {
      field.onChange(tags.slice(0, -1));
    }
  };
  // An error on the list (too many) or on one tag (too long).
  const error =
    errors.tags?.message ??
    (Array.isArray(errors.tags) ? errors.tags.find(Boolean)?.message : undefined);
  return (
    <fieldset className={styles.group}>
      <legend>{t('tags')}</legend>
      {tags.length > 0 && (
        <ul className={own.tagList} aria-label={t('tags')}>
          {tags.map((tag) => (
            <li key={tag} className={own.tag}>
              <span>{tag}</span>
              <button
                type="button"
                className="button small"
                aria-label={t('removeTag', { tag })}
                onClick={() => field.onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor="tag-input">{t('addTag')}</label>
      <div className={own.entry}>
        <input
          id="tag-input"
          list="tag-suggestions"
          autoComplete="off"
          maxLength={TAG_NAME_MAX}
          value={draft}
          aria-describedby="tag-hint tag-error"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          onBlur={() => draft.trim() && add(draft)}
        />
        <button type="button" className="button small" onClick={() => add(draft)}>
          {t('addTagButton')}
        </button>
      </div>
      <datalist id="tag-suggestions">
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <p id="tag-hint" className={styles.hint}>
        {t('tagHint')}
      </p>
      {typeof error === 'string' && (
        <p id="tag-error" className={styles.error}>
          {errorOf(error)}
        </p>
      )}
    </fieldset>
  );
}

/** The post's categories and tags (messages: `editor`, `errors`). */
export function TaxonomyFields({
  categories,
  tagSuggestions,
}: {
  categories: EditorCategory[];
  tagSuggestions: string[];
}) {
  const { formState } = useFormContext<PostFormValues>();
  const errorOf = useErrorText();
  const categoryError = formState.errors.categoryIds;
  return (
    <>
      <CategoryChecks categories={categories} />
      {categoryError && (
        <p className={styles.error}>{errorOf(String(categoryError.message ?? 'invalid'))}</p>
      )}
      <TagBox suggestions={tagSuggestions} />
    </>
  );
}
