'use client';

import { useActionState } from 'react';
import { signOutAction } from '@/app/[locale]/(auth)/login/actions';

/** Sign-out goes through its action, which also ends the account's other sessions. */
export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  const [, action, pending] = useActionState(signOutAction, null);
  return (
    <form action={action} className="sign-out">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="link-button" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
