import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from '@/lib/i18n/config';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const DEV = process.env.NODE_ENV === 'development';
// Next's default `serverActions.bodySizeLimit`.
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * A strict, nonce-based policy for HTML pages. Next reads the nonce from the request's CSP header
 * and puts it on its own scripts; 'strict-dynamic' lets those load their chunks. Style elements
 * need the nonce too, but style attributes are allowed: React's `style` props and Next's own
 * markup use them, and CSS in an attribute cannot run script.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // React needs eval only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEV ? " 'unsafe-eval'" : ''}`,
    // A nonce would make browsers ignore 'unsafe-inline', which development's injected styles need.
    DEV ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    // Imported posts may show images from other sites.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // For a page that renders its own inline script: `(await headers()).get('x-nonce')`.
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  // Replaces the static policy next.config.mjs sends on every route.
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * Next answers a server-action post from another site, or one over its body limit, with a 500;
 * these get a clear 403 or 413 here instead. Same rule as Next's: the Origin's host must be the
 * (forwarded) host. Posts without an Origin are not from a browser and go on to Next.
 */
function refusedPost(request: NextRequest): NextResponse | null {
  if (request.method !== 'POST') return null;
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin !== null && (!URL.canParse(origin) || new URL(origin).host !== host)) {
    return new NextResponse('Cross-site form posts are not accepted.', { status: 403 });
  }
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) {
    return new NextResponse('The form is too large.', { status: 413 });
  }
  return null;
}

/**
 * Pages only (see the matcher): send "/" to the reader's language, send anonymous visitors of
 * /admin to the login page, refuse broken form posts, and give every page its CSP nonce.
 * Authorization itself happens in lib/dal.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookie) ? cookie : (localeFromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
    return NextResponse.redirect(new URL(`/${locale}`, request.url));
  }
  const [, locale, section] = pathname.split('/');
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (section === 'admin' && !signedIn && isLocale(locale)) {
    const login = new URL(`/${locale}/login`, request.url);
    login.searchParams.set('next', pathname);
    return NextResponse.redirect(login);
  }
  return refusedPost(request) ?? withNonce(request);
}

// Everything but assets, route handlers (API, feeds, sitemap, robots): they keep the static policy.
export const config = {
  matcher: ['/((?!api/|_next/static/|_next/image|favicon\\.ico|sitemap\\.xml|robots\\.txt|[^/]+/feed\\.xml|[^/]+/comments/feed\\.xml).*)'],
};
