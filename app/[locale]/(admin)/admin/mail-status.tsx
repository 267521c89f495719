import { mailSummary } from '@/db/queries/mail';
import { outboxSize } from '@/server/mail/retention';
import { mailMode, outboxDir } from '@/server/mail/transport';
import type { Translate } from '@/lib/i18n/translate';

/** The owner's view of the mail queue: counts, where mail goes, and the newest error, if any. */
export async function MailStatus({ t, retentionDays }: { t: Translate; retentionDays: number }) {
  const { counts, lastError } = mailSummary();
  const size = await outboxSize();
  return (
    <section aria-labelledby="mail-status" className="overview-mail">
      <h2 id="mail-status">{t('mail.dashboard.title')}</h2>
      <p>{t('mail.dashboard.counts', counts)}</p>
      <p>
        {t('mail.dashboard.size', {
          kb: Math.ceil(size.bytes / 1024),
          files: size.files,
          days: retentionDays,
        })}
      </p>
      <p className="muted">{t('mail.dashboard.via', { mode: mailMode(), dir: outboxDir() })}</p>
      {lastError ? (
        <p role="alert" className="status-spam">
          {t('mail.dashboard.lastError', {
            status: lastError.status,
            attempts: lastError.attempts,
            error: lastError.error,
          })}
        </p>
      ) : (
        <p className="muted">{t('mail.dashboard.noError')}</p>
      )}
    </section>
  );
}
