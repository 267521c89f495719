import 'server-only';
import { after } from 'next/server';
import { claimDueMail, markMailError, markMailSent } from '@/db/queries/mail';
import { nextAttemptAt } from '@/lib/mail/retry';
import { purgeOldMail } from './retention';
import { deliver } from './transport';

const BATCH = 10;
// A claimed mail is left alone this long: past it, a worker that died mid-send is presumed gone.
const LEASE_MS = 10 * 60_000;
const POLL_MS = 30_000;

const errorText = (error: unknown) =>
  error instanceof Error ? error.message || error.name : String(error);

async function drain(now: () => Date): Promise<number> {
  let sent = 0;
  for (;;) {
    const due = claimDueMail(now(), { limit: BATCH, leaseMs: LEASE_MS });
    if (!due.length) return sent;
    for (const mail of due) {
      try {
        await deliver(mail);
        markMailSent(mail.id, now());
        sent++;
      } catch (error) {
        markMailError(mail.id, errorText(error), nextAttemptAt(mail.attempts, now()));
      }
    }
  }
}

let running: Promise<number> | null = null;

/**
 * Sends every mail that is due, one run at a time in this process (a second call joins the
 * running one); other processes are kept off the same rows by the claim. Never rejects.
 */
export function deliverDueMail(now: () => Date = () => new Date()): Promise<number> {
  running ??= drain(now)
    .catch((error: unknown) => {
      console.error(`Mail delivery stopped: ${errorText(error)}`);
      return 0;
    })
    // Then sent mail past the retention period goes (rows and .eml files).
    .then(async (sent) => {
      await purgeOldMail(now()).catch((error: unknown) =>
        console.error(`Mail retention stopped: ${errorText(error)}`),
      );
      return sent;
    })
    .finally(() => {
      running = null;
    });
  return running;
}

/** After the response of the request that queued mail: it never waits for, or fails by, sending. */
export function scheduleMailDelivery(): void {
  try {
    after(() => deliverDueMail());
  } catch {
    // Outside a request (a script): send in the background.
    void deliverDueMail();
  }
}

const holder = globalThis as unknown as { __taiyakuMailTimer?: NodeJS.Timeout };

/**
 * In the server process: queued mail (retries, and mail left by a restart) goes out on its own.
 * With several workers (serving/primary.mjs) only the one it marks polls; the others still send
 * what their own requests queue (scheduleMailDelivery), and the claim keeps each mail to one.
 */
export function startMailTimer(): void {
  if (holder.__taiyakuMailTimer || process.env.TAIYAKU_MAIL_TIMER === '0') return;
  void deliverDueMail();
  holder.__taiyakuMailTimer = setInterval(() => void deliverDueMail(), POLL_MS);
  holder.__taiyakuMailTimer.unref();
}
