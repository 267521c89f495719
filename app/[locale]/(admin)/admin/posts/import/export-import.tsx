'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, type BaseSyntheticEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { ImportReport } from '@/lib/import/import-report';
import type { AuthorChoice } from '@/lib/import/authors';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { exportImportSchema, type ExportImportValues } from '@/lib/validations/import';
import { ImportReportView } from './import-report';
import { uploadForm, type UploadAnswer, type UploadProgress } from './upload';
import styles from './import.module.css';

type Props = {
  languages: string[];
  names: Record<string, string>;
  defaultLanguage: string;
  timeZone: string;
  locale: string;
};
type Output = z.output<typeof exportImportSchema>;
type Progress = UploadProgress | null;

/**
 * The upload's progress while the file goes up; then the server's count of entries done as it
 * streams it (`312 / 1,450 entries`), indeterminate only while the file is being read.
 */
function ProgressView({ progress }: { progress: Progress }) {
  const t = useTranslations('imports');
  if (!progress) return null;
  if ('done' in progress)
    return (
      <p>
        <progress aria-label={t('progress')} max={progress.total} value={progress.done} />{' '}
        <span data-testid="import-count">{t('counting', progress)}</span>
      </p>
    );
  const percent = Math.round(progress.sent * 100);
  const importing = progress.sent >= 1;
  return (
    <p>
      <progress
        aria-label={t('progress')}
        max={1}
        {...(importing ? {} : { value: progress.sent })}
      />{' '}
      <span>{importing ? t('importing') : t('uploading', { percent })}</span>
    </p>
  );
}

/**
 * A Movable Type / Seesaa or WordPress export, uploaded by the page itself with its progress: a dry
 * run first shows what would be created; Import does it (messages: `imports`, `editor`, `errors`).
 */
export function ExportImport({ languages, names, defaultLanguage, timeZone, locale }: Props) {
  const t = useTranslations('imports');
  const te = useTranslations('editor');
  const errorOf = useErrorText();
  const [answer, setAnswer] = useState<UploadAnswer<ImportReport> | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  // Chosen per author in the dry run's report; Import sends them (unchosen: the owner).
  const [choices, setChoices] = useState<Record<string, AuthorChoice>>({});
  const onChoose = (login: string, choice: AuthorChoice) =>
    setChoices((c) => ({ ...c, [login]: choice }));
  const form = useForm<ExportImportValues, unknown, Output>({
    resolver: zodResolver(exportImportSchema),
    defaultValues: { format: 'mt', language: defaultLanguage, align: false, media: true },
  });
  const format = useWatch({ control: form.control, name: 'format' });

  async function send(values: Output, event?: BaseSyntheticEvent) {
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const data = new FormData();
    data.set('format', values.format);
    data.set('language', values.language);
    data.set('align', String(values.format === 'mt' && values.align));
    data.set('dryRun', String(submitter?.getAttribute('value') !== 'import'));
    data.set('media', String(values.media));
    data.set('file', values.file);
    data.set('authors', JSON.stringify({ all: 'owner', by: choices }));
    setAnswer(null);
    setProgress({ sent: 0 });
    const result = await uploadForm<ImportReport>('/api/import', data, setProgress);
    setProgress(null);
    setAnswer(result);
    const fieldError = !result.ok && result.fieldErrors?.file?.[0];
    if (fieldError) form.setError('file', { message: fieldError });
  }

  const busy = progress !== null;
  const fileError = form.formState.errors.file?.message;
  return (
    <section aria-labelledby="export-heading" className={styles.section}>
      <h2 id="export-heading">{t('title')}</h2>
      <p className="muted">{te('mtHelp', { timeZone })}</p>
      <p className="muted">{t('wxrHelp')}</p>
      <form onSubmit={form.handleSubmit(send)} className={styles.row} noValidate>
        <div className="field">
          <label htmlFor="export-format">{t('format')}</label>
          <select id="export-format" {...form.register('format')}>
            <option value="mt">{t('formatMt')}</option>
            <option value="wxr">{t('formatWxr')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-file">{te('mtFile')}</label>
          <input
            id="export-file"
            type="file"
            accept={format === 'wxr' ? '.xml,application/xml,text/xml' : '.txt,text/plain'}
            aria-invalid={!!fileError}
            aria-describedby={fileError ? 'export-file-error' : undefined}
            {...form.register('file')}
          />
          {fileError && (
            <p id="export-file-error" className="form-error">
              {errorOf(fileError)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="export-language">{te('mtLanguage')}</label>
          <select id="export-language" {...form.register('language')}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {names[l] ?? l}
              </option>
            ))}
          </select>
        </div>
        {format === 'mt' && (
          <label className={styles.check}>
            <input type="checkbox" {...form.register('align')} /> {t('align')}
          </label>
        )}
        <label className={styles.check}>
          <input type="checkbox" {...form.register('media')} /> {t('copyMedia')}
        </label>
        <button type="submit" value="dry-run" className="button" disabled={busy}>
          {te('dryRun')}
        </button>
        <button type="submit" value="import" className="button primary" disabled={busy}>
          {te('importNow')}
        </button>
      </form>
      <div aria-live="polite">
        <ProgressView progress={progress} />
        {answer && !answer.ok && (
          <p className="form-error" role="alert">
            {errorOf(answer.fieldErrors?.file?.[0] ?? answer.error)}
          </p>
        )}
        {answer?.ok && (
          <ImportReportView report={answer.data} locale={locale} picks={{ choices, onChoose }} />
        )}
      </div>
    </section>
  );
}
