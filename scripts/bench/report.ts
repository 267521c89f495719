// The bench's markdown: one table of throughput, one of page weight and memory, one history row.
import type { Sample } from './measure';
import type { PageWeight } from './page-weight';

export type Row = { label: string; sample: Sample; plain?: Sample; note?: string };
export type Facts = { date: string; commit: string; machine: string; post: PageWeight; home: PageWeight; rssBytes: number; buildSeconds: number };

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)} %` : '–');

function throughputRow({ label, sample, plain, note }: Row): string {
  const failures = sample.non2xx + sample.errors ? `${int(sample.non2xx)} / ${int(sample.errors)}` : '0';
  const cells = [label, int(sample.rps), sample.p50.toFixed(0), sample.p99.toFixed(0), failures, plain ? int(plain.rps) : '–', plain ? pct(sample.rps, plain.rps) : '–', note ?? ''];
  return `| ${cells.join(' | ')} |`;
}

export function markdown(rows: Row[], facts: Facts): string {
  return [
    `## Bench ${facts.date} · ${facts.commit}`,
    '',
    `${facts.machine}. autocannon, 20 connections, 10 s per run after a 3 s warm-up, median of 3 runs.`,
    '',
    '| Scenario | req/s | p50 ms | p99 ms | non-2xx / errors | plain node:http req/s | Taiyaku/plain | Note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(throughputRow),
    '',
    '| Page weight and memory | Value |',
    '| --- | ---: |',
    `| Post page: first-load JS (gzip, ${facts.post.scripts} scripts) | ${kb(facts.post.jsGzip)} |`,
    `| Post page: HTML (raw / gzip) | ${kb(facts.post.htmlBytes)} / ${kb(facts.post.htmlGzip)} |`,
    `| Home page: HTML (raw / gzip) | ${kb(facts.home.htmlBytes)} / ${kb(facts.home.htmlGzip)} |`,
    `| Server RSS after the run | ${(facts.rssBytes / 1024 ** 2).toFixed(0)} MB |`,
    `| Build time | ${facts.buildSeconds ? `${facts.buildSeconds.toFixed(0)} s` : 'reused'} |`,
    '',
  ].join('\n');
}

/** A line for the history table in BENCHMARKS.md. */
export function historyRow(rows: Row[], facts: Facts): string {
  const [post, home, comment, approval] = rows;
  const ratio = (row?: Row) => (row?.plain ? pct(row.sample.rps, row.plain.rps) : '–');
  return `| ${facts.date} | ${facts.commit} | ${int(post?.sample.rps ?? 0)} (${ratio(post)}) | ${int(home?.sample.rps ?? 0)} (${ratio(home)}) | ${int(comment?.sample.rps ?? 0)} | ${int(approval?.sample.rps ?? 0)} | ${kb(facts.post.jsGzip)} | ${kb(facts.post.htmlBytes)} | ${(facts.rssBytes / 1024 ** 2).toFixed(0)} MB |`;
}
