// Sent on every route. Pages get a nonce-based policy from proxy.ts in place of this one (the
// lower-case key is what lets the proxy's header replace it); everything else (API, feeds, assets)
// keeps this policy, which allows nothing to load or run.
const securityHeaders = [
  { key: 'content-security-policy', value: "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
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
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
