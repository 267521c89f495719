'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { COMMENT_POLICIES } from '@/lib/model';
import { WORD_LIST_MAX, type SettingsFormValues } from '@/lib/validations/settings';
import { Field, Input } from './settings-field';
import styles from './settings.module.css';

/**
 * While COMMENT_RATE_LIMIT is set, it is the limit in force: show that (read-only) rather than the
 * stored value, which still travels with the form unchanged and applies once the variable goes.
 */
function RateLimitOverride({ value }: { value: string }) {
  const t = useTranslations('settings');
  const { register, getValues } = useFormContext<SettingsFormValues>();
  return (
    <div className="field">
      <label htmlFor="rateLimitEffective">{t('rateLimit')}</label>
      <input id="rateLimitEffective" value={value} readOnly aria-describedby="rateLimitNote" />
      <input type="hidden" {...register('rateLimit')} />
      <p id="rateLimitNote" className="muted">
        {t('rateLimitOverride', { stored: String(getValues('rateLimit')) })}
      </p>
    </div>
  );
}

/** The comment policy and the limits the comment filters apply. */
export function CommentFields({ rateLimitOverride }: { rateLimitOverride?: string }) {
  const t = useTranslations('settings');
  const { register } = useFormContext<SettingsFormValues>();
  return (
    <fieldset>
      <legend>{t('comments')}</legend>
      <Field name="commentPolicy" label={t('commentPolicy')}>
        <select id="commentPolicy" {...register('commentPolicy')}>
          {COMMENT_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`policies.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="linkLimit" label={t('linkLimit')} hint={t('linkLimitHint')}>
        <Input name="linkLimit" type="number" min={0} max={50} />
      </Field>
      <Field name="holdWords" label={t('holdWords')} hint={t('wordsHint')}>
        <textarea id="holdWords" rows={3} maxLength={WORD_LIST_MAX} {...register('holdWords')} />
      </Field>
      <Field name="blockWords" label={t('blockWords')} hint={t('wordsHint')}>
        <textarea id="blockWords" rows={3} maxLength={WORD_LIST_MAX} {...register('blockWords')} />
      </Field>
      {rateLimitOverride ? (
        <RateLimitOverride value={rateLimitOverride} />
      ) : (
        <Field name="rateLimit" label={t('rateLimit')} hint={t('rateLimitHint')}>
          <Input name="rateLimit" />
        </Field>
      )}
      <Field name="threadDepth" label={t('threadDepth')}>
        <Input name="threadDepth" type="number" min={1} max={10} />
      </Field>
      <Field name="closeCommentsAfterDays" label={t('closeAfter')} hint={t('closeAfterHint')}>
        <Input name="closeCommentsAfterDays" type="number" min={1} max={3650} />
      </Field>
      <div className="field">
        <label className={styles.check}>
          <input type="checkbox" {...register('notifyOwner')} />
          {t('notifyOwner')}
        </label>
        <p className="muted">{t('notifyOwnerHint')}</p>
      </div>
      <Field name="mailRetentionDays" label={t('mailRetention')} hint={t('mailRetentionHint')}>
        <Input name="mailRetentionDays" type="number" min={1} max={3650} />
      </Field>
    </fieldset>
  );
}
