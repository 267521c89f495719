'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import type { StalePair } from '@/lib/blocks/stale';
import type { Locale } from '@/lib/i18n/config';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { postSchema, type PostFormOutput, type PostFormValues } from '@/lib/validations/post';
import { savePostAction } from '../actions';
import { BlockList } from './block-list';
import { PostFields } from './post-fields';
import type { EditorCategory } from './taxonomy-fields';
import { useLeaveWarning } from './use-leave-warning';
import styles from './editor.module.css';

type Props = {
  locale: Locale;
  postId: number | null;
  defaults: PostFormValues;
  languages: string[];
  categories: EditorCategory[];
  tagSuggestions: string[];
  timeZone: string;
  names: Record<string, string>;
  /** Shown above the form, e.g. the import proposal's summary. */
  intro?: ReactNode;
  /** An import proposal is unsaved work even before the first edit. */
  startsUnsaved?: boolean;
  /** The saved post's stale translations (the original changed after they were made). */
  stale?: StalePair[];
  /** A success message to start with ("Revision restored."), gone at the next change like any. */
  initialNotice?: string;
};

type Notice = { kind: 'ok' | 'error'; text: string } | null;
const subscribeNothing = () => () => {};

/**
 * The whole post editor: one react-hook-form over the post's schema, saved by a server action.
 * Messages: `editor` and `errors`.
 */
export function PostEditor({
  locale,
  postId,
  defaults,
  languages,
  categories,
  tagSuggestions,
  timeZone,
  names,
  intro,
  startsUnsaved = false,
  stale: initialStale = [],
  initialNotice,
}: Props) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const form = useForm<PostFormValues, unknown, PostFormOutput>({
    resolver: zodResolver(postSchema),
    defaultValues: defaults,
  });
  const { formState } = form;
  const [notice, setNotice] = useState<Notice>(
    initialNotice ? { kind: 'ok', text: initialNotice } : null,
  );
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(initialStale);
  // Until hydrated, a click would submit the form natively (a GET carrying every field), and text
  // typed into the server's HTML would be merged with the values the form sets when it starts.
  const ready = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const router = useRouter();
  useLeaveWarning(
    (formState.isDirty || (startsUnsaved && !saved)) && !formState.isSubmitting,
    t('leaveWarning'),
  );

  async function save() {
    setNotice(null);
    const result = await savePostAction(null, { id: postId, post: form.getValues() }).catch(
      () => null,
    );
    if (!result?.ok) {
      for (const [path, [message] = []] of Object.entries(result?.fieldErrors ?? {})) {
        form.setError(
          path.replace(/^post\./, '') as FieldPath<PostFormValues>,
          { message },
          { shouldFocus: true },
        );
      }
      return setNotice({ kind: 'error', text: errorOf(result?.error ?? 'network') });
    }
    // New blocks now have ids: the next save must update them, not add them again.
    const values = form.getValues();
    const blocks = values.blocks.map((b, i) => ({ ...b, id: result.data.blockIds[i] ?? null }));
    form.reset({ ...values, blocks, publishedAt: result.data.publishedAt });
    setStale(result.data.stale);
    setSaved(true);
    setNotice({ kind: 'ok', text: t('saved', { time: new Date().toLocaleTimeString(locale) }) });
    if (postId === null) router.replace(`/${locale}/admin/posts/${result.data.id}/edit?created=1`);
  }

  return (
    <FormProvider {...form}>
      {intro}
      <form
        className={styles.editor}
        noValidate
        // "Saved" describes the form as it was: the next edit makes it untrue, so it goes.
        onInput={() => setNotice((n) => (n?.kind === 'ok' ? null : n))}
        onSubmit={form.handleSubmit(save, () =>
          setNotice({ kind: 'error', text: errorOf('invalid') }),
        )}
      >
        <fieldset disabled={!ready} className={styles.ready} aria-busy={!ready || undefined}>
          <PostFields
            languages={languages}
            categories={categories}
            tagSuggestions={tagSuggestions}
            timeZone={timeZone}
            names={names}
          />
        </fieldset>
        {/* The save bar sticks to the window's bottom only within this part (the blocks, the long
            part of a post), so it never covers the fields above — the publication time among them. */}
        <div className={styles.blocksPart}>
          <fieldset disabled={!ready} className={styles.ready}>
            <BlockList
              languages={languages}
              names={names}
              postId={postId}
              stale={stale}
              onStale={setStale}
            />
          </fieldset>
          <div className={`${styles.actions} editor-save-bar`}>
            <button
              type="submit"
              className={styles.primary}
              disabled={!ready || formState.isSubmitting}
            >
              {formState.isSubmitting ? t('saving') : t('save')}
            </button>
            {(formState.isDirty || (startsUnsaved && !saved)) && (
              <span className={styles.hint}>{t('unsaved')}</span>
            )}
            <p
              role={notice?.kind === 'error' ? 'alert' : 'status'}
              className={notice?.kind === 'error' ? styles.error : styles.ok}
            >
              {notice?.text}
            </p>
            {postId !== null && (
              <span className={styles.links}>
                <Link href={`/${locale}/admin/posts/${postId}/preview`} target="_blank">
                  {t('preview')}
                </Link>
                <Link href={`/${locale}/admin/posts/${postId}/revisions`}>{t('revisions')}</Link>
              </span>
            )}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
