import { startSmtpSink } from './smtp-sink';

/**
 * Playwright's global setup: a real SMTP server for the whole run, on the port the config chose
 * and gave the app as SMTP_URL. What it receives lands in E2E_MAIL_DIR (e2e/support/mailbox.ts).
 */
export default async function mailSetup() {
  const sink = await startSmtpSink(process.env.E2E_MAIL_DIR!, Number(process.env.E2E_SMTP_PORT));
  return () => sink.close();
}
