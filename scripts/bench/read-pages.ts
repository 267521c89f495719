// The public pages the bench reads, and their bytes as static files: `next start` serves files of
// public/ that exist when it starts, so the copies are written between a first start (rendering the
// pages) and the measured one. They are removed when the bench ends (public/bench-* is ignored by git).
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ReadPage = { key: string; label: string; path: string };
export type CacheFacts = { nextCache: string | null; cacheControl: string | null; bytes: number };

/** A page is cached when the second GET is a hit and a CDN may keep it too. */
export const cacheable = (c: CacheFacts) =>
  c.nextCache === 'HIT' &&
  /s-maxage=\d+/.test(c.cacheControl ?? '') &&
  /stale-while-revalidate=\d+/.test(c.cacheControl ?? '');

export const staticPath = (page: ReadPage) => `/bench-${page.key}.html`;
const publicFile = (page: ReadPage) => path.resolve('public', staticPath(page).slice(1));

/** GETs a page twice: the second answer's bytes and cache headers. */
export async function snapshot(
  baseUrl: string,
  page: ReadPage,
): Promise<{ html: Buffer; facts: CacheFacts }> {
  await fetch(baseUrl + page.path).then((r) => r.arrayBuffer());
  const response = await fetch(baseUrl + page.path);
  if (response.status !== 200) throw new Error(`${page.path}: ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const facts = {
    nextCache: response.headers.get('x-nextjs-cache'),
    cacheControl: response.headers.get('cache-control'),
    bytes: html.length,
  };
  return { html, facts };
}

let written: string[] = [];
let madePublic = false;

export function removeStaticCopies() {
  for (const file of written) rmSync(file, { force: true });
  written = [];
  // A public/ folder made for the copies goes again (only if nobody put anything else there).
  if (madePublic && existsSync('public') && readdirSync('public').length === 0) rmdirSync('public');
  madePublic = false;
}
process.once('exit', removeStaticCopies);

/** Writes each page's HTML to public/bench-<key>.html and to `dir` (for the plain server). */
export function writeStaticCopies(
  pages: ReadPage[],
  html: Map<string, Buffer>,
  dir: string,
): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync('public')) {
    mkdirSync('public');
    madePublic = true;
  }
  for (const page of pages) {
    const bytes = html.get(page.key)!;
    const file = publicFile(page);
    written.push(file);
    writeFileSync(file, bytes);
    files[staticPath(page)] = path.join(dir, `${page.key}.html`);
    writeFileSync(files[staticPath(page)]!, bytes);
  }
  return files;
}
