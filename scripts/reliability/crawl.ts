// The public routes to check: fixed ones (feeds, sitemap, search, API) plus every page reachable by links.
import { SEED_POST_SLUG } from '@/e2e/support/seed-fixture';

const PRIVATE = /^\/(?:[a-z]{2}\/)?(?:admin|login)(?:[/?]|$)|^\/api\/auth|^\/_next|^\/media\//;
export const isAdminRoute = (link: string) => /^\/[a-z]{2}\/admin(?:[/?]|$)/.test(link);

type CrawlOptions = { limit?: number; cookie?: string; keep?: (link: string) => boolean };

/** Pages linked from the start pages, breadth first, same origin; public ones unless told otherwise. */
export async function crawl(
  baseUrl: string,
  start: string[],
  { limit = 60, cookie, keep = (link) => !PRIVATE.test(link) }: CrawlOptions = {},
): Promise<string[]> {
  const seen = new Set(start);
  const queue = [...start];
  const visited: string[] = [];
  while (queue.length && visited.length < limit) {
    const route = queue.shift()!;
    visited.push(route);
    const response = await fetch(baseUrl + route, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    for (const [, href] of (await response.text()).matchAll(/\shref="(\/[^"/][^"]*|\/)"/g)) {
      const link = href!.replaceAll('&amp;', '&').split('#')[0]!;
      if (!link || !keep(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return visited;
}

/** Routes that exist (or will) whether or not a page links to them. */
export function fixedRoutes(search: string[]): string[] {
  const post = `/posts/${SEED_POST_SLUG}`;
  return [
    '/',
    ...['ja', 'en'].flatMap((l) => [
      `/${l}`,
      `/${l}${post}`,
      ...['side-by-side', 'single', 'interleaved'].map((view) => `/${l}${post}?view=${view}`),
      `/${l}/feed.xml`,
      `/${l}/comments/feed.xml`,
      `/${l}/archives`,
      `/${l}/no-such-page`,
      ...search.map((q) => `/${l}/search?q=${encodeURIComponent(q)}`),
    ]),
    '/sitemap.xml',
    '/robots.txt',
    `/api/posts/${SEED_POST_SLUG}/comments`,
  ];
}

/** Fixed routes first, then what the crawl adds. */
export async function publicRoutes(baseUrl: string, search: string[] = []): Promise<string[]> {
  const fixed = fixedRoutes(search);
  const crawled = await crawl(baseUrl, ['/ja', '/en']);
  return [...new Set([...fixed, ...crawled])];
}
