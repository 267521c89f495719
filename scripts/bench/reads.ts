// The read rows: each public page from `next start`, interleaved with the same bytes as a static
// file of the same server (public/), the same bytes from bare node:http, and the post page through
// the nginx recipe, so every figure sees the same machine.
import { LOAD, measure, median, type Sample } from './measure';
import { cacheable, staticPath, type CacheFacts, type ReadPage } from './read-pages';
import type { Row } from './report';

export type Targets = { app: string; plain: string; nginx: string | null; nginxNote: string };
type Target = { row: string; role: 'sample' | 'nextStatic' | 'plain'; url: string };

function targets(pages: ReadPage[], t: Targets): Target[] {
  const list = pages.flatMap((page): Target[] => [
    { row: page.key, role: 'sample', url: t.app + page.path },
    { row: page.key, role: 'nextStatic', url: t.app + staticPath(page) },
    { row: page.key, role: 'plain', url: t.plain + staticPath(page) },
  ]);
  if (t.nginx) list.push({ row: 'nginx', role: 'sample', url: t.nginx + pages[0]!.path });
  return list;
}

/** How the page was served before the runs: cached by Next, and kept by a CDN. */
function cacheNote(facts: CacheFacts, served: number): string {
  const cache = cacheable(facts)
    ? `cached (${facts.nextCache}; ${facts.cacheControl})`
    : `**NOT cached**: x-nextjs-cache ${facts.nextCache ?? 'absent'}, Cache-Control ${facts.cacheControl ?? 'absent'}`;
  const bytes =
    served === facts.bytes
      ? `${facts.bytes.toLocaleString('en-US')} B`
      : `copy ${facts.bytes.toLocaleString('en-US')} B, page now ${served.toLocaleString('en-US')} B`;
  return `${cache}; ${bytes}`;
}

/**
 * Measures every target: a warm-up each, then LOAD.runs rounds over all of them in turn. The first
 * page is the post page, which the nginx row shares (its references are the post page's).
 */
export async function readRows(
  pages: ReadPage[],
  t: Targets,
  facts: Map<string, CacheFacts>,
): Promise<Row[]> {
  const list = targets(pages, t);
  const samples = list.map((): Sample[] => []);
  for (const target of list) await measure({ url: target.url }, LOAD.warmupSeconds);
  const served = new Map<string, number>();
  for (const page of pages)
    served.set(page.key, (await (await fetch(t.app + page.path)).arrayBuffer()).byteLength);
  for (let run = 0; run < LOAD.runs; run++) {
    for (const [i, target] of list.entries()) samples[i]!.push(await measure({ url: target.url }));
  }
  const result = (row: string, role: Target['role']) => {
    const i = list.findIndex((x) => x.row === row && x.role === role);
    return i < 0 ? undefined : median(samples[i]!);
  };
  const rows: Row[] = pages.map((page) => ({
    key: page.key,
    label: `GET ${page.label}`,
    sample: result(page.key, 'sample')!,
    nextStatic: result(page.key, 'nextStatic'),
    plain: result(page.key, 'plain'),
    note: cacheNote(facts.get(page.key)!, served.get(page.key)!),
  }));
  const post = rows[0]!;
  const nginx = result('nginx', 'sample');
  const empty: Sample = { rps: 0, p50: 0, p99: 0, non2xx: 0, errors: 0, statuses: {} };
  rows.push({
    key: 'nginx',
    label: `GET ${pages[0]!.label} through nginx proxy_cache`,
    sample: nginx ?? empty,
    nextStatic: post.nextStatic,
    plain: post.plain,
    note: t.nginxNote,
    absent: !nginx,
  });
  return rows;
}
