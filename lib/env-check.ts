import { env } from '@/lib/env';
import { siteUrl } from '@/lib/site-url';

/** Validates the environment now (server start); on a problem, says what to set and exits. */
export function checkEnvAtStart() {
  try {
    env();
    siteUrl();
  } catch (error) {
    console.error(
      `\nTaiyaku cannot start. ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
