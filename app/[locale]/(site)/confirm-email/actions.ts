'use server';

import { defineAction } from '@/server/action';
import { backToMailLinkPage } from '@/server/mail/link-page';
import { confirmAddress } from '@/server/mail/confirmation';
import { confirmEmailSchema } from '@/lib/validations/confirm-email';

const confirm = defineAction({ public: true }, confirmEmailSchema, ({ token }) =>
  confirmAddress(token).state === 'confirmed'
    ? { ok: true, data: undefined }
    : { ok: false, error: 'invalidRequest' },
);

/**
 * The confirmation button (a plain form post, so it works without JavaScript): only this post
 * confirms, never the GET a link scanner makes. The signed token is the only credential. Back to
 * the page, which then says what happened.
 */
export async function confirmReplyMail(input: unknown): Promise<void> {
  // Anything but a form post (a forged action call) gets the page's "not valid" answer, never a 500.
  const form = input instanceof FormData ? input : new FormData();
  await confirm(null, form);
  backToMailLinkPage(form, 'confirm-email');
}
