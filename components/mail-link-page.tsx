import Link from 'next/link';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** The link was not genuine or has expired: only this message. */
  refusal?: string;
  /** The question and its button (a plain form post: no JavaScript needed), or what was done. */
  ask?: { text: string; button: string; action: (form: FormData) => Promise<void> };
  done?: ReactNode;
  token: string | undefined;
  locale: string;
  back?: { href: string; label: string };
};

/** The page a mail's link opens (confirm an address, stop reply mail): a GET changes nothing. */
export function MailLinkPage({ title, refusal, ask, done, token, locale, back }: Props) {
  return (
    <section className="unsubscribe">
      <h1 className="page-title">{title}</h1>
      {refusal !== undefined ? (
        <p role="alert">{refusal}</p>
      ) : ask ? (
        <form action={ask.action}>
          <p>{ask.text}</p>
          <input type="hidden" name="token" value={token ?? ''} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{ask.button}</button>
        </form>
      ) : (
        <p role="status">{done}</p>
      )}
      {back && refusal === undefined && (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
    </section>
  );
}
