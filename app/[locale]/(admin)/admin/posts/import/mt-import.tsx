'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import type { MtReport } from '@/db/queries/imports-mt';
import type { ActionResult } from '@/lib/server/action';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { MT_UPLOAD_MAX } from '@/lib/validations/import';
import { importMtAction } from './actions';
import { MtReportView } from './mt-report';
import styles from './import.module.css';

type Props = {
  languages: string[];
  names: Record<string, string>;
  defaultLanguage: string;
  timeZone: string;
  locale: string;
};

/** Movable Type export: a dry run first shows what would be created; Import does it (messages: `editor`, `errors`). */
export function MtImport({ languages, names, defaultLanguage, timeZone, locale }: Props) {
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const [result, setResult] = useState<ActionResult<MtReport> | null>(null);
  const [pending, startTransition] = useTransition();

  // Submitted by hand (not as a form action) so the chosen file stays selected after a dry run.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get('file');
    if (file instanceof File && file.size > MT_UPLOAD_MAX)
      return setResult({ ok: false, error: 'fileTooLarge' });
    startTransition(async () =>
      setResult(
        await importMtAction(null, data).catch(() => ({ ok: false as const, error: 'network' })),
      ),
    );
  }

  return (
    <section aria-labelledby="mt-heading" className={styles.section}>
      <h2 id="mt-heading">{t('mtTitle')}</h2>
      <p className="muted">{t('mtHelp', { timeZone })}</p>
      <form onSubmit={submit} className={styles.row}>
        <div className="field">
          <label htmlFor="mt-file">{t('mtFile')}</label>
          <input id="mt-file" name="file" type="file" accept=".txt,text/plain" required />
        </div>
        <div className="field">
          <label htmlFor="mt-language">{t('mtLanguage')}</label>
          <select id="mt-language" name="language" defaultValue={defaultLanguage}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {names[l] ?? l}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="dryRun" value="true" className="button" disabled={pending}>
          {t('dryRun')}
        </button>
        <button
          type="submit"
          name="dryRun"
          value="false"
          className="button primary"
          disabled={pending}
        >
          {t('importNow')}
        </button>
      </form>
      <div aria-live="polite">
        {pending && <p>{t('working')}</p>}
        {result && !result.ok && (
          <p className="form-error" role="alert">
            {errorOf(result.fieldErrors?.file?.[0] ?? result.error)}
          </p>
        )}
        {result?.ok && <MtReportView report={result.data} locale={locale} />}
      </div>
    </section>
  );
}
