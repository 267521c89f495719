import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from '@/lib/i18n/config';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Only two jobs, kept off reader pages for speed: send "/" to the reader's language, and send
 * anonymous visitors of /admin to the login page. Authorization itself happens in lib/dal.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookie) ? cookie : (localeFromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
    return NextResponse.redirect(new URL(`/${locale}`, request.url));
  }
  const locale = pathname.split('/')[1];
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && isLocale(locale)) {
    const login = new URL(`/${locale}/login`, request.url);
    login.searchParams.set('next', pathname);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/', '/:locale/admin', '/:locale/admin/:path*'] };
