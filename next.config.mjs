import { createRequire } from 'node:module';
import createNextIntlPlugin from 'next-intl/plugin';
import { NOTHING_POLICY } from './serving/csp.mjs';
import { SECURITY_HEADERS } from './serving/headers.mjs';

const require = createRequire(import.meta.url);

// Responses that are never HTML pages (API, feeds, sitemap, icons) may load and run nothing.
// Media sends its own, stricter policy with `sandbox` (Next would drop a route's header that the
// config also sets). Pages get their script policy elsewhere: cached pages carry hashes of their
// own inline scripts (serving/page-cache-handler.mjs), per-request pages a nonce (proxy.ts).
// Browsers enforce every policy sent, so no path that can answer with a page (a 404 page under
// /_next/static or an OG image URL, say) may get this one as well.
const NOT_PAGES = [
  '/api/:path*',
  '/sitemap.xml',
  '/favicon.ico',
  '/icon.svg',
  '/apple-touch-icon.png',
  '/robots.txt',
  '/:locale/feed.xml',
  '/:locale/comments/feed.xml',
  '/:locale/categories/:slug/feed.xml',
  '/:locale/tags/:slug/feed.xml',
];
const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

// Old query-string links keep working, without JavaScript too, as paths of their own: a page that
// read its query string would have to render per request, while each of these is cached.
const VIEW = '(?<view>side-by-side|single|interleaved)';
const LANG = '(?<lang>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)';
const PAGE = '(?<page>[0-9]{1,6})';
const query = (key, value) => ({ type: 'query', key, value });
const queryRewrites = [
  // Replying without JavaScript: rendered per request (proxy.ts gives it a nonce).
  {
    source: '/:locale/posts/:slug',
    has: [query('replyto', '(?<reply>[0-9]{1,12})')],
    destination: '/:locale/posts/:slug/reply/:reply',
  },
  {
    source: '/:locale/posts/:slug',
    has: [query('view', VIEW), query('lang', LANG)],
    destination: '/:locale/posts/:slug/as/:view/:lang',
  },
  {
    source: '/:locale/posts/:slug',
    has: [query('view', VIEW)],
    destination: '/:locale/posts/:slug/as/:view/-',
  },
  {
    source: '/:locale/posts/:slug',
    has: [query('lang', LANG)],
    destination: '/:locale/posts/:slug/as/-/:lang',
  },
  { source: '/:locale', has: [query('page', PAGE)], destination: '/:locale/page/:page' },
  {
    source: '/:locale/categories/:slug',
    has: [query('page', PAGE)],
    destination: '/:locale/categories/:slug/page/:page',
  },
  {
    source: '/:locale/tags/:slug',
    has: [query('page', PAGE)],
    destination: '/:locale/tags/:slug/page/:page',
  },
  {
    source: '/:locale/archives/:year/:month',
    has: [query('page', PAGE)],
    destination: '/:locale/archives/:year/:month/page/:page',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The database driver and the password hasher are native modules: load them from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // A build output per directory lets the e2e suite build beside a running dev server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // forbidden()/unauthorized() answer 403/401 from pages, actions and route handlers.
  experimental: { authInterrupts: true },
  // `npm test` type-checks once up front; its e2e build skips the duplicate check.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  cacheHandler: require.resolve('./serving/page-cache-handler.mjs'),
  // Our handler keeps its own bounded memory; Next's second in-memory copy is not needed.
  cacheMaxMemorySize: 0,
  // Public pages say `s-maxage=<revalidate>, stale-while-revalidate=<expire - revalidate>`.
  expireTime: 3600,
  async rewrites() {
    return { beforeFiles: queryRewrites };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...NOT_PAGES.map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: NOTHING_POLICY }],
      })),
    ];
  },
};

// next-intl compiles the ICU messages at build time, so pages and client parts format them with a
// small runtime instead of shipping a message parser. Translation needs no request (see lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

export default withNextIntl(nextConfig);
