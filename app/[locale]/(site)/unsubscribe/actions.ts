'use server';

import { defineAction } from '@/server/action';
import { backToMailLinkPage } from '@/server/mail/link-page';
import { unsubscribe } from '@/server/mail/unsubscribe';
import { unsubscribeSchema } from '@/lib/validations/unsubscribe';

const stopReplies = defineAction({ public: true }, unsubscribeSchema, ({ token }) =>
  unsubscribe(token) ? { ok: true, data: undefined } : { ok: false, error: 'invalidRequest' },
);

/**
 * The confirmation button (a plain form post, so it works without JavaScript). The token is the
 * only credential: no sign-in. Back to the page, which then says what happened.
 */
export async function confirmUnsubscribe(input: unknown): Promise<void> {
  // Anything but a form post (a forged action call) gets the page's "not valid" answer, never a 500.
  const form = input instanceof FormData ? input : new FormData();
  await stopReplies(null, form);
  backToMailLinkPage(form, 'unsubscribe');
}
