import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { edgeCacheControl, edgeKeys, edgeMaxAge, keyHeaders, tagForEdge } from './edge.mjs';

describe('edge cache keys', () => {
  it('gives every public page, feed and sitemap `all` and what it shows', () => {
    expect(edgeKeys('/en')).toEqual(['all', 'home']);
    expect(edgeKeys('/ja/page/2')).toEqual(['all', 'home']);
    expect(edgeKeys('/en/posts/night-library')).toEqual([
      'all',
      'post-night-library',
      'comments-night-library',
    ]);
    expect(edgeKeys('/en/posts/night-library/as/single/-')).toContain('post-night-library');
    expect(edgeKeys('/en/categories/world/page/3')).toEqual(['all', 'category-world']);
    expect(edgeKeys('/en/categories/world/feed.xml')).toEqual(['all', 'category-world', 'feeds']);
    expect(edgeKeys('/en/tags/rust')).toEqual(['all', 'tag-rust']);
    expect(edgeKeys('/en/feed.xml')).toEqual(['all', 'feeds']);
    expect(edgeKeys('/en/comments/feed.xml')).toEqual(['all', 'feeds', 'comments']);
    expect(edgeKeys('/en/archives/2026/12')).toEqual(['all', 'archives']);
    expect(edgeKeys('/sitemap.xml')).toEqual(['all', 'sitemap']);
    expect(edgeKeys('/api/posts/night-library/comments')).toEqual([
      'all',
      'comments-night-library',
    ]);
  });

  it('leaves out what is not a public page, and slugs unsafe in a header or regex', () => {
    for (const path of [
      '/_next/static/x.js',
      '/media/a.png',
      '/api/import',
      '/api/auth/session',
      '',
    ])
      expect(edgeKeys(path)).toEqual([]);
    expect(edgeKeys('/en/posts/%E6%97%A5%E6%9C%AC')).toEqual(['all']);
    expect(edgeKeys('/en/tags/a.b*')).toEqual(['all']);
  });

  it('spells the keys for Varnish, Fastly and Cloudflare', () => {
    expect(keyHeaders(['all', 'home'])).toEqual({
      xkey: 'all home',
      'surrogate-key': 'all home',
      'cache-tag': 'all,home',
    });
  });

  it('lengthens s-maxage only with purging configured', () => {
    expect(edgeMaxAge({ EDGE_MAX_AGE: '86400' })).toBeNull();
    expect(edgeMaxAge({ PURGE_URLS: 'http://v/', EDGE_MAX_AGE: '86400' })).toBe(86400);
    expect(edgeMaxAge({ PURGE_URLS: 'http://v/', EDGE_MAX_AGE: 'x' })).toBeNull();
    expect(edgeCacheControl('s-maxage=60, stale-while-revalidate=3540', 86400)).toBe(
      's-maxage=86400, stale-while-revalidate=3540',
    );
    expect(edgeCacheControl('s-maxage=60', null)).toBe('s-maxage=60');
  });
});

/** A real server, so Node's own writeHead paths (explicit headers object, implicit) are used. */
async function serve(listener: RequestListener, path: string) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    await res.text();
    return res.headers;
  } finally {
    server.close();
  }
}

describe('tagging answers', () => {
  it('tags an answer Next sends with setHeader (implicit writeHead)', async () => {
    const headers = await serve((req, res) => {
      tagForEdge(req, res, 3600);
      res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=3540');
      res.end('page');
    }, '/en/tags/rust');
    expect(headers.get('xkey')).toBe('all tag-rust');
    expect(headers.get('cache-tag')).toBe('all,tag-rust');
    expect(headers.get('cache-control')).toBe('s-maxage=3600, stale-while-revalidate=3540');
  });

  it('tags the fast path (headers given to writeHead), and not private answers', async () => {
    const cached = await serve((req, res) => {
      tagForEdge(req, res, null);
      res.writeHead(200, { 'cache-control': 's-maxage=60' }).end('page');
    }, '/en');
    expect(cached.get('surrogate-key')).toBe('all home');
    expect(cached.get('cache-control')).toBe('s-maxage=60');
    const staff = await serve((req, res) => {
      tagForEdge(req, res, 3600);
      res.writeHead(200, { 'cache-control': 'private, no-store' }).end('form');
    }, '/en/search');
    expect(staff.get('xkey')).toBeNull();
    expect(staff.get('cache-control')).toBe('private, no-store');
  });
});
