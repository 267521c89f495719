import { useTranslations } from 'next-intl';
import type { ImportPostReport, ImportReport } from '@/lib/import/import-report';
import { ImportTerms } from './import-terms';
import { ImportMediaView } from './import-media';
import { ImportAuthors, type AuthorPicks } from './import-authors';
import styles from './import.module.css';

type Props = { report: ImportReport; locale: string; picks?: AuthorPicks };

/** One post's line: its fate, title and slug (a link to its editor once created), state, date, pairing. */
function PostLine({ post: p, report, locale }: { post: ImportPostReport } & Props) {
  const t = useTranslations('editor');
  const ti = useTranslations('imports');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const fate =
    p.result === 'duplicate'
      ? t('resultDuplicate')
      : report.dryRun
        ? t('resultNew')
        : t('resultCreated');
  return (
    <li data-result={p.result}>
      <span className={styles.result}>{fate}</span>{' '}
      {p.id ? <a href={`/${locale}/admin/posts/${p.id}/edit`}>{p.title}</a> : p.title}{' '}
      <code>{p.slug}</code>
      {p.result === 'created' && (
        <>
          {' '}
          · {t(`states.${p.status}`)}
          {p.publishedAt && <> · {date.format(new Date(p.publishedAt))}</>} ·{' '}
          {t('commentCount', { count: p.comments })}
          {p.category && <> · {p.category}</>}
          {p.languages.length > 1 && <> · {p.languages.join(' + ')}</>}
          {p.paired !== undefined && <> · {ti('paired', { count: p.paired })}</>}
        </>
      )}
    </li>
  );
}

function Dropped({ report }: { report: ImportReport }) {
  const t = useTranslations('editor');
  if (!report.dropped.length) return null;
  return (
    <>
      <h4 id="import-dropped">{t('droppedHeading')}</h4>
      <ul className={styles.warnings} aria-labelledby="import-dropped">
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
  );
}

/** The import's (or dry run's) report: posts with their fate, categories and tags created or reused, errors by line, and every piece left out. */
export function ImportReportView({ report, locale, picks }: Props) {
  const t = useTranslations('editor');
  const ti = useTranslations('imports');
  const created = report.posts.filter((p) => p.result === 'created').length;
  const duplicates = report.posts.length - created;
  return (
    <div className={styles.report} data-testid="import-report">
      <h3>{report.dryRun ? t('dryRunReport') : t('importReport')}</h3>
      {report.empty && (
        <p role="alert" className="form-error">
          {ti(`empty.${report.empty.reason}`, { total: report.empty.total })}
        </p>
      )}
      <p>
        <strong>
          {t(report.dryRun ? 'wouldCreate' : 'createdReport', {
            posts: created,
            comments: report.comments,
            categories: report.categories.filter((c) => c.result === 'created').length,
          })}
        </strong>
        {duplicates > 0 && <> {t('duplicates', { count: duplicates })}</>}
        {report.errors.length > 0 && <> {t('skipped', { count: report.errors.length })}</>}
        {report.dropped.length > 0 && <> {t('droppedCount', { count: report.dropped.length })}</>}
      </p>
      {report.posts.length > 0 && (
        <ul className={styles.entries} aria-label={ti('postsHeading')}>
          {report.posts.map((p) => (
            <PostLine key={`${p.line}-${p.slug}`} post={p} report={report} locale={locale} />
          ))}
        </ul>
      )}
      <ImportAuthors report={report} picks={picks} />
      <ImportTerms report={report} />
      {report.unpaired.length > 0 && (
        <>
          <h4 id="import-unpaired">{ti('unpairedHeading')}</h4>
          <ul className={styles.warnings} aria-labelledby="import-unpaired">
            {report.unpaired.map((u, k) => (
              <li key={k}>{t('lineError', { line: u.line, message: u.title })}</li>
            ))}
          </ul>
        </>
      )}
      {report.errors.length > 0 && (
        <ul className={styles.problems} aria-label={t('errorsHeading')}>
          {report.errors.map((e, k) => (
            <li key={k}>{t('lineError', { line: e.line, message: e.message })}</li>
          ))}
        </ul>
      )}
      <Dropped report={report} />
      <ImportMediaView report={report} />
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
