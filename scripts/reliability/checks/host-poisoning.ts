// 8. Host header: feeds, the sitemap, robots.txt and page metadata take every absolute URL from
// SITE_URL. A request with a forged Host / X-Forwarded-Host, sent first so that it is the one a
// cache would keep, leaves no trace in it or in the next reader's copy; and a production server
// without SITE_URL refuses to start, naming it.
import http from 'node:http';
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';
import { startApp } from '../../bench/server';
import { DIST, freshApp, type Check, type Test } from '../harness';

const EVIL = 'evil.example';
const FORGED = {
  host: EVIL,
  'x-forwarded-host': EVIL,
  'x-forwarded-proto': 'https',
  forwarded: `host=${EVIL};proto=https`,
};

/** GET with headers fetch() will not send (Host). */
function get(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const request = http.get(
      { hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`${path}: timed out`)));
  });
}

// Where the site writes its own absolute URLs: page metadata (<link>, <meta>, JSON-LD), feed and
// sitemap elements, robots.txt. Post text may link anywhere, so <a> elements are not looked at.
const ABSOLUTE = [
  /<(?:link|meta)\b[^>]*?\s(?:href|content)="(https?:\/\/[^"]+)"/g,
  /"url":"(https?:\/\/[^"]+)"/g,
  /<(?:loc|link|guid)\b[^>]*>(https?:\/\/[^<]+)</g,
  /<(?:atom|xhtml):link\b[^>]*\shref="(https?:\/\/[^"]+)"/g,
  /^Sitemap: (\S+)$/gm,
];
const linksIn = (body: string) =>
  ABSOLUTE.flatMap((pattern) => [...body.matchAll(pattern)].map((m) => m[1]!));

// Each path with the number of absolute links it must at least carry (all from SITE_URL).
const TARGETS: Array<[string, number]> = [
  [`/ja/posts/${SEED_POST_SLUG}`, 4],
  ['/en', 1],
  ['/ja/feed.xml', 3],
  ['/en/feed.xml', 3],
  ['/ja/comments/feed.xml', 2],
  ['/en/comments/feed.xml', 2],
  ['/sitemap.xml', 4],
  ['/robots.txt', 1],
];

function checkBody(
  check: Check,
  label: string,
  site: string,
  reply: { status: number; body: string },
  least: number,
) {
  check.ok(reply.status === 200, `${label}: status ${reply.status}`);
  check.ok(
    !reply.body.includes(EVIL),
    `${label}: the forged host appears: …${reply.body.slice(Math.max(0, reply.body.indexOf(EVIL) - 80), reply.body.indexOf(EVIL) + 40)}…`,
  );
  const links = linksIn(reply.body);
  check.ok(
    links.length >= least,
    `${label}: ${links.length} absolute links, expected at least ${least}`,
  );
  const foreign = links.filter((l) => !l.startsWith(`${site}/`));
  check.ok(
    foreign.length === 0,
    `${label}: links not under SITE_URL: ${foreign.slice(0, 3).join(' ')}`,
  );
}

async function refusesWithoutSiteUrl(check: Check, databasePath: string) {
  const error = await startApp({ distDir: DIST, databasePath, env: { SITE_URL: '' } }).then(
    async (app) => {
      await app.stop();
      return null;
    },
    (e: unknown) => String(e),
  );
  check.ok(error !== null, 'a production server started without SITE_URL');
  check.ok(
    error === null || /SITE_URL is not set/.test(error),
    `the refusal does not name SITE_URL: ${error?.slice(0, 300)}`,
  );
}

export const hostPoisoningTest: Test = {
  name: 'host header: feeds, sitemap, robots and page metadata use SITE_URL only; no SITE_URL, no start',
  run: async (check) => {
    const fixture = await freshApp('host');
    const site = fixture.app.url; // startApp sets SITE_URL to the server's own address
    for (const [path, least] of TARGETS) {
      checkBody(
        check,
        `${path} (forged host, first request)`,
        site,
        await get(site, path, FORGED),
        least,
      );
      checkBody(check, `${path} (next reader)`, site, await get(site, path), least);
    }
    check.figure(
      `${TARGETS.length} routes asked with Host/X-Forwarded-Host ${EVIL} before any other request, then again plainly`,
    );
    await fixture.app.stop();
    await refusesWithoutSiteUrl(check, fixture.databasePath);
  },
};
