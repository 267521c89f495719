import { useTranslations } from 'next-intl';
import type { MtReport } from '@/db/queries/imports-mt';
import styles from './import.module.css';

/** The import's (or dry run's) report: posts with their fate, new categories, errors by line, and every piece left out. */
export function MtReportView({ report, locale }: { report: MtReport; locale: string }) {
  const t = useTranslations('editor');
  const created = report.posts.filter((p) => p.result === 'created').length;
  const duplicates = report.posts.length - created;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className={styles.report} data-testid="mt-report">
      <h3>{report.dryRun ? t('dryRunReport') : t('importReport')}</h3>
      <p>
        <strong>
          {t(report.dryRun ? 'wouldCreate' : 'createdReport', {
            posts: created,
            comments: report.comments,
            categories: report.categories.length,
          })}
        </strong>
        {duplicates > 0 && <> {t('duplicates', { count: duplicates })}</>}
        {report.errors.length > 0 && <> {t('skipped', { count: report.errors.length })}</>}
        {report.dropped.length > 0 && <> {t('droppedCount', { count: report.dropped.length })}</>}
      </p>
      {report.posts.length > 0 && (
        <ul className={styles.entries}>
          {report.posts.map((p) => (
            <li key={`${p.line}-${p.slug}`} data-result={p.result}>
              <span className={styles.result}>
                {p.result === 'created'
                  ? report.dryRun
                    ? t('resultNew')
                    : t('resultCreated')
                  : t('resultDuplicate')}
              </span>{' '}
              {p.title} <code>{p.slug}</code> · {t(`states.${p.status}`)} ·{' '}
              {date.format(new Date(p.publishedAt))} · {t('commentCount', { count: p.comments })}
              {p.category && <> · {p.category}</>}
            </li>
          ))}
        </ul>
      )}
      {report.categories.length > 0 && (
        <p>
          {t('newCategories')} {report.categories.map((c) => `${c.name} (${c.slug})`).join(', ')}
        </p>
      )}
      {report.errors.length > 0 && (
        <ul className={styles.problems} aria-label={t('errorsHeading')}>
          {report.errors.map((e, k) => (
            <li key={k}>{t('lineError', { line: e.line, message: e.message })}</li>
          ))}
        </ul>
      )}
      {report.dropped.length > 0 && (
        <>
          <h4 id="mt-dropped">{t('droppedHeading')}</h4>
          <ul className={styles.warnings} aria-labelledby="mt-dropped">
            {report.dropped.map((d, k) => (
              <li key={k}>
                {t('droppedItem', {
                  line: d.line,
                  element: d.element,
                  reason: t(`dropReasons.${d.reason}`),
                })}
                {d.excerpt && (
                  <>
                    : <q>{d.excerpt}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label={t('warningsHeading')}>
          {report.warnings.map((e, k) => (
            <li key={k}>{t('lineError', { line: e.line, message: e.message })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
