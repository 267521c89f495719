/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The database driver and the password hasher are native modules: load them from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // A build output per directory lets the e2e suite build beside a running dev server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // forbidden()/unauthorized() answer 403/401 from pages, actions and route handlers.
  experimental: { authInterrupts: true },
};

export default nextConfig;
