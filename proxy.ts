import { NextResponse, type NextRequest } from 'next/server';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
} from '@/lib/i18n/config';
import { NOTHING_POLICY, noncePolicy } from '@/serving/csp.mjs';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const DEV = process.env.NODE_ENV === 'development';
// Next's default `serverActions.bodySizeLimit`.
const ACTION_BODY_LIMIT = 1024 * 1024;

/** A redirect runs nothing: it gets the policy that allows nothing. */
function redirect(to: URL): NextResponse {
  const response = NextResponse.redirect(to);
  response.headers.set('content-security-policy', NOTHING_POLICY);
  return response;
}

/**
 * The headers Next renders with. A forwarded host counts only behind a trusted proxy: otherwise it
 * is dropped, or Next's own server-action check would compare the Origin with it and answer 500.
 */
function forwardedHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (process.env.TRUST_PROXY !== '1') headers.delete('x-forwarded-host');
  return headers;
}

function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = noncePolicy(nonce, DEV);
  const headers = forwardedHeaders(request);
  headers.set('content-security-policy', policy);
  // For a page that renders its own inline script: `(await headers()).get('x-nonce')`.
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
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
  // A forwarded host counts only behind a proxy we were told to trust (TRUST_PROXY=1).
  const forwarded =
    process.env.TRUST_PROXY === '1' ? request.headers.get('x-forwarded-host') : null;
  const host = forwarded ?? request.headers.get('host');
  if (origin !== null && (!URL.canParse(origin) || new URL(origin).host !== host)) {
    return new NextResponse('Cross-site form posts are not accepted.', { status: 403 });
  }
  const length = request.headers.get('content-length');
  // Without a length Next reads the body and fails with a 500 past its limit: ask for one.
  if (length === null && request.body !== null)
    return new NextResponse('Content-Length required.', { status: 411 });
  if (Number(length ?? 0) > ACTION_BODY_LIMIT) {
    return new NextResponse('The form is too large.', { status: 413 });
  }
  return null;
}

/** A 400 in plain words, with the policy that allows nothing. */
const badRequest = (why: string) =>
  new NextResponse(`Bad request: ${why}`, {
    status: 400,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': NOTHING_POLICY,
    },
  });

/**
 * A server action called by script sends its arguments as JSON text; Next answers a body that does
 * not parse (cut short, or forged) with a 500 before any of our code runs. Refused here with a 400.
 * Form posts (multipart, urlencoded) are read by Next's form parser, which answers them itself.
 */
async function unreadableActionArgs(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const type = request.headers.get('content-type') ?? '';
  if (/^(?:multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return null;
  try {
    JSON.parse(await request.clone().text());
    return null;
  } catch {
    return badRequest('the action arguments could not be read.');
  }
}

/** A path Next cannot percent-decode (/ja/posts/%ff): Next itself would answer 500. */
function badPath(pathname: string): NextResponse | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return badRequest('the address has broken percent-encoding.');
  }
}

// What the matcher sends here besides the '%' entry (tested on the decoded path, so /admin spelled
// with escapes is still a staff page); proxy.test.ts keeps the two in step.
const PER_REQUEST =
  /^\/[^/]+\/(?:admin(?:\/.*)?|login|search|unsubscribe|confirm-email|posts\/[^/]+\/(?:reply|suggest|protected)(?:\/.*)?)$/;
const REPLY_TO = /^[0-9]{1,12}$/;
export const isPerRequest = (request: NextRequest) => {
  const path = decodeURIComponent(request.nextUrl.pathname);
  return (
    path === '/' ||
    PER_REQUEST.test(path) ||
    request.method === 'POST' ||
    REPLY_TO.test(request.nextUrl.searchParams.get('replyto') ?? '')
  );
};

/** WordPress's `?p=ID` on the home page. */
const SHORTLINK = /^[0-9]{1,12}$/;
/** What no page of ours starts with: an old blog's path (the matcher sends only such GETs here). */
const OURS =
  /^\/(?:api\/|_next\/|media\/|accent\/|logo\/|favicon\.ico$|sitemap\.xml$|robots\.txt$|icon\.svg$|apple-touch-icon\.png$)/;
const isOurs = (pathname: string) => OURS.test(pathname) || isLocale(pathname.split('/')[1]);

/**
 * An imported blog's old address (`/2019/01/02/slug/`, `/article/12.html`, `/?p=12`) goes to the
 * redirect table's handler, which answers 301 or 404; reader pages never come here.
 */
function oldLink(request: NextRequest): NextResponse | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { pathname, searchParams } = request.nextUrl;
  const shortlink = pathname === '/' && SHORTLINK.test(searchParams.get('p') ?? '');
  if (!shortlink && (pathname === '/' || isOurs(pathname))) return null;
  const target = new URL('/api/old-links', request.url);
  target.searchParams.set('path', pathname + request.nextUrl.search);
  return NextResponse.rewrite(target);
}

/**
 * Per-request pages only (see the matcher): send "/" to the reader's language, send anonymous
 * visitors of /admin to the login page, refuse broken form posts, and give each page its CSP
 * nonce. Reader pages are cached and never come here on a GET (a nonce would make them render per
 * request); their policy holds hashes instead. Authorization itself happens in server/dal.ts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const bad = badPath(pathname);
  if (bad) return bad;
  const old = oldLink(request);
  if (old) return old;
  // A well-formed path with a '%' that is a cached reader page: nothing to do (and no nonce).
  if (!isPerRequest(request))
    return NextResponse.next({ request: { headers: forwardedHeaders(request) } });
  if (pathname === '/') {
    const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookie)
      ? cookie
      : (localeFromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
    return redirect(new URL(`/${locale}`, request.url));
  }
  const [, locale, section] = pathname.split('/');
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (section === 'admin' && !signedIn && isLocale(locale)) {
    const login = new URL(`/${locale}/login`, request.url);
    login.searchParams.set('next', pathname);
    return redirect(login);
  }
  return refusedPost(request) ?? (await unreadableActionArgs(request)) ?? withNonce(request);
}

// Staff and per-request pages, and every form post (server actions answer with a page render).
export const config = {
  matcher: [
    // Any path with a percent sign: proxy() answers 400 where it does not decode.
    '/(.*%.*)',
    '/',
    '/:locale/admin/:path*',
    '/:locale/login',
    '/:locale/search',
    '/:locale/unsubscribe',
    '/:locale/confirm-email',
    '/:locale/posts/:slug/reply/:path*',
    // A block's translation suggestion form (linked from the cached post page).
    '/:locale/posts/:slug/suggest/:path*',
    // A password or private post, read per request.
    '/:locale/posts/:slug/protected',
    // Old links of an imported blog: any path outside the locales and Next's own (see oldLink).
    '/((?!ja/|en/|ja$|en$|api/|_next/|media/|accent/|logo/|favicon\\.ico$|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|apple-touch-icon\\.png$).+)',
    // The same values next.config.mjs rewrites to the reply page; any other `replyto` is ignored.
    {
      source: '/:locale/posts/:slug',
      has: [{ type: 'query', key: 'replyto', value: '[0-9]{1,12}' }],
    },
    // Next reads this object at build time: literals only. Pages = not api/, _next/, media/ or files.
    {
      source: '/((?!api/|_next/|media/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)',
      has: [{ type: 'header', key: 'next-action' }],
    },
    {
      source: '/((?!api/|_next/|media/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)',
      has: [
        {
          type: 'header',
          key: 'content-type',
          value: '(?:multipart/form-data|application/x-www-form-urlencoded).*',
        },
      ],
    },
  ],
};
