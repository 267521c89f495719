import { type NextRequest, NextResponse } from 'next/server';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '@/lib/i18n/config';
import { unsubscribe } from '@/server/mail/unsubscribe';
import { siteUrl } from '@/lib/site-url';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 1024;
const plain = (text: string, status: number) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * RFC 8058 one-click unsubscribe, the target of the mail's List-Unsubscribe header: the mail
 * provider POSTs `List-Unsubscribe=One-Click` here with no cookies and no Origin. The signed token
 * in the URL is the only credential; a browser posting from another site is still refused.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return crossOriginRefusal();
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES)
    return plain('Request too large.', 413);
  const form = await request.formData().catch(() => null);
  if (form?.get('List-Unsubscribe') !== 'One-Click')
    return plain('Expected the body List-Unsubscribe=One-Click (RFC 8058).', 400);
  const done = unsubscribe(request.nextUrl.searchParams.get('token'));
  if (!done) return plain('This unsubscribe link is not valid.', 400);
  return plain('Unsubscribed: no more emails about replies to this comment.', 200);
}

/** Opened in a browser: the confirmation page, in the reader's language (a GET changes nothing). */
export function GET(request: NextRequest) {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE;
  const token = request.nextUrl.searchParams.get('token') ?? '';
  // Built from SITE_URL, never from the request's Host.
  const to = new URL(`/${locale}/unsubscribe`, siteUrl());
  to.searchParams.set('token', token);
  return NextResponse.redirect(to, 303);
}
