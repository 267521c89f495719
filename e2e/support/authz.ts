import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { ACCOUNTS } from './auth';
import type { Who } from './authz-rules';
import { SEED_POST_SLUG } from './seed-fixture';

export const DIST_DIR = process.env.E2E_DIST_DIR ?? '.next-e2e';

type ActionEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
export type BuiltAction = { id: string; filename: string; exportedName: string; worker: string };

function readManifest<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DIST_DIR, 'server', file), 'utf8')) as T;
}

/** "/[locale]/(admin)/admin/comments/page" → "/[locale]/admin/comments": the route as a URL pattern. */
export const routeOf = (entry: string) =>
  entry.replace(/\/\([^/)]+\)/g, '').replace(/\/(page|route)$/, '') || '/';

/** Every app page and route handler of the build, by kind. */
export function builtRoutes(kind: 'page' | 'route'): string[] {
  const entries = Object.keys(readManifest<Record<string, string>>('app-paths-manifest.json'));
  return entries.filter((e) => e.endsWith(`/${kind}`) && !e.startsWith('/_')).map(routeOf);
}

/** Every server action of the build, from the server reference manifest. */
export function builtActions(): BuiltAction[] {
  const { node } = readManifest<{ node: Record<string, ActionEntry> }>(
    'server-reference-manifest.json',
  );
  return Object.entries(node).map(([id, a]) => ({
    id,
    filename: path.relative(process.cwd(), path.resolve(a.filename)).split(path.sep).join('/'),
    exportedName: a.exportedName,
    worker: routeOf(`/${Object.keys(a.workers)[0]!.replace(/^app\//, '')}`),
  }));
}

/** A concrete URL for a route pattern: real ids from the database, so owner calls reach real records. */
export function fillRoute(route: string, db: Database.Database): string {
  // Next's internal segment for generated images; the public URL has none.
  return route
    .replace('/[__metadata_id__]', '')
    .replace(/\[\[?(?:\.\.\.)?(\w+)\]?\]/g, (_whole, name: string, offset: number) => {
      if (name === 'locale') return 'en';
      if (name === 'slug') return SEED_POST_SLUG;
      if (name === 'nextauth') return 'session';
      const table = route.slice(0, offset).split('/').filter(Boolean).at(-1) ?? '';
      const known = db
        .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
        .get(table);
      const row = known
        ? (db.prepare(`select min(id) as id from "${table}"`).get() as { id: number | null })
        : null;
      return String(row?.id ?? 1);
    });
}

/** A digest of every row of every table: equal digests mean nothing was written. */
export function databaseDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("select name from sqlite_master where type = 'table' order by name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const rows = db
      .prepare(`select * from "${name}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    hash.update(`${name}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A second server on the same build with a private copy of the database, so "nothing changed"
 * can be checked while the rest of the suite writes to the shared one in parallel.
 */
export async function startPrivateServer(): Promise<{
  baseURL: string;
  db: Database.Database;
  stop: () => void;
}> {
  const dir = path.resolve('.e2e', `authz-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'taiyaku.db');
  const shared = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true });
  await shared.backup(file);
  shared.close();
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  // A production server requires SITE_URL: this server's own address, not the shared one's.
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_PATH: file,
    NEXT_DIST_DIR: DIST_DIR,
    SITE_URL: baseURL,
    TRUST_PROXY: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '',
  };
  // Served as `npm start` serves (serving/serve.mjs), like the suite's own server.
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve('serving/serve.mjs'), '-H', '127.0.0.1', '-p', String(port)],
    { env, stdio: 'ignore' },
  );
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${baseURL}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (up)
      return { baseURL, db: new Database(file, { readonly: true }), stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the private server did not start');
}

const ip = () => `10.250.${randomInt(256)}.${randomInt(1, 255)}`;

/** An API client for one role; "anonymous" carries a forged session cookie, which gets past the proxy to the DAL. */
export async function clientFor(who: Who, baseURL: string): Promise<APIRequestContext> {
  // Sent as a header on every request: Auth.js answers a bad token by deleting the cookie.
  const forged: Record<string, string> =
    who === 'anonymous' ? { cookie: 'authjs.session-token=forged' } : {};
  const client = await request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': ip(), origin: baseURL, ...forged },
  });
  if (who === 'anonymous') return client;
  const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  await client.post('/api/auth/callback/credentials', {
    form: { email: ACCOUNTS[who].email, password: ACCOUNTS[who].password, csrfToken },
    maxRedirects: 0,
  });
  return client;
}

/** Calls a server action the way Next's client does: a POST to a page that uses it, with its id. */
export function callAction(client: APIRequestContext, url: string, id: string) {
  return client.post(url, {
    headers: {
      'next-action': id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: JSON.stringify([null, {}]),
    maxRedirects: 0,
  });
}
