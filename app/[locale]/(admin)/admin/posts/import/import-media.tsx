import { useTranslations } from 'next-intl';
import type { ImportReport } from '@/lib/import/import-report';
import styles from './import.module.css';

/** What media copy did (or would do): counts, then every file not copied with its address and why. */
export function ImportMediaView({ report }: { report: ImportReport }) {
  const t = useTranslations('imports');
  const media = report.media;
  if (!media) return null;
  const limit = Math.round((media.maxBytes / 1024 / 1024) * 10) / 10;
  return (
    <>
      <h4 id="import-media">{t('mediaHeading')}</h4>
      <p>
        {report.dryRun
          ? t('mediaDryRun', { copy: media.found - media.reused, reused: media.reused })
          : t('mediaDone', {
              copied: media.copied,
              reused: media.reused,
              failed: media.failed.length,
            })}
      </p>
      {media.failed.length > 0 && (
        <ul className={styles.problems} aria-label={t('mediaHeading')}>
          {media.failed.map((f) => (
            <li key={f.url}>
              {t('mediaFailed', {
                line: f.line,
                url: f.url,
                reason: t(`mediaReasons.${f.reason}`, { status: f.status ?? 0, limit }),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
