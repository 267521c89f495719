// The bench's markdown: throughput against both references, the freshness checks, page weight and
// memory against their targets, and one history row for BENCHMARKS.md.
import type { Check } from './freshness';
import type { Sample } from './measure';
import type { PageWeight } from './page-weight';

/** A scenario and, for reads, the same bytes from `next start`'s public/ and from bare node:http. */
export type Row = {
  key: string;
  label: string;
  sample: Sample;
  nextStatic?: Sample;
  plain?: Sample;
  note?: string;
  absent?: boolean;
};
export type Facts = {
  date: string;
  commit: string;
  machine: string;
  load: string;
  post: PageWeight;
  home: PageWeight;
  rssBytes: number;
  buildSeconds: number;
  checks: Check[];
};

export const TARGETS = { vsStatic: 0.9, jsGzipBytes: 120 * 1024, rssBytes: 400 * 1024 ** 2 };

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const pct = (a: number, b?: Sample) => (b?.rps ? `${((a / b.rps) * 100).toFixed(1)} %` : '–');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Taiyaku/Next-static, flagged when under the 90 % target. */
export function staticRatio(row: Row): string {
  if (!row.nextStatic?.rps || row.absent) return '–';
  return `${pct(row.sample.rps, row.nextStatic)} ${mark(row.sample.rps / row.nextStatic.rps >= TARGETS.vsStatic)}`;
}

function throughputRow(row: Row): string {
  const { label, sample, nextStatic, plain, note } = row;
  const failures =
    sample.non2xx + sample.errors ? `${int(sample.non2xx)} / ${int(sample.errors)}` : '0';
  const ref = (s?: Sample) => (s ? int(s.rps) : '–');
  const own = row.absent
    ? ['–', '–', '–', '–']
    : [int(sample.rps), sample.p50.toFixed(0), sample.p99.toFixed(0), failures];
  const cells = [
    label,
    ...own,
    ref(nextStatic),
    staticRatio(row),
    ref(plain),
    row.absent ? '–' : pct(sample.rps, plain),
    note ?? '',
  ];
  return `| ${cells.join(' | ')} |`;
}

export function markdown(rows: Row[], facts: Facts): string {
  const passed = facts.checks.filter((c) => c.ok).length;
  return [
    `## Bench ${facts.date} · ${facts.commit}`,
    '',
    `${facts.machine}; load average (1, 5, 15 min) ${facts.load} before → after. autocannon, 20 connections, 10 s per run after a 3 s warm-up, median of 3 runs, all rows of a read interleaved.`,
    `"Next static" is the same page's bytes served as a file from public/ by the same \`next start\`; target ≥ ${TARGETS.vsStatic * 100} % (✓/✗).`,
    '',
    '| Scenario | req/s | p50 ms | p99 ms | non-2xx / errors | Next static req/s | Taiyaku/Next static | plain node:http req/s | Taiyaku/plain | Note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(throughputRow),
    '',
    `| Visible on the very next GET (${passed}/${facts.checks.length} passed) | Result | Detail |`,
    '| --- | --- | --- |',
    ...facts.checks.map(
      (c) => `| ${c.name} | ${c.ok ? 'pass' : '**FAIL**'} | ${c.detail.replace(/\|/g, '\\|')} |`,
    ),
    '',
    '| Page weight and memory | Value | Target |',
    '| --- | ---: | ---: |',
    `| Post page: first-load JS (gzip, ${facts.post.scripts} scripts) | ${kb(facts.post.jsGzip)} | ≤ 120 KB ${mark(facts.post.jsGzip <= TARGETS.jsGzipBytes)} |`,
    `| Post page: HTML (raw / gzip) | ${kb(facts.post.htmlBytes)} / ${kb(facts.post.htmlGzip)} | |`,
    `| Home page: HTML (raw / gzip) | ${kb(facts.home.htmlBytes)} / ${kb(facts.home.htmlGzip)} | |`,
    `| Server RSS after the run | ${mb(facts.rssBytes)} | ≤ 400 MB ${mark(facts.rssBytes <= TARGETS.rssBytes)} |`,
    `| Build time | ${facts.buildSeconds ? `${facts.buildSeconds.toFixed(0)} s` : 'reused'} | |`,
    '',
  ].join('\n');
}

/** A line for the history table in BENCHMARKS.md. */
export function historyRow(rows: Row[], facts: Facts): string {
  const row = (key: string) => rows.find((r) => r.key === key);
  const read = (key: string) => {
    const r = row(key);
    return r && !r.absent ? `${int(r.sample.rps)} (${pct(r.sample.rps, r.nextStatic)})` : '–';
  };
  const rps = (key: string) => (row(key) ? int(row(key)!.sample.rps) : '–');
  const passed = `${facts.checks.filter((c) => c.ok).length}/${facts.checks.length}`;
  const cells = [
    facts.date,
    facts.commit,
    read('post'),
    read('home'),
    read('category'),
    read('archive'),
    read('nginx'),
    rps('comment'),
    rps('approvals'),
    passed,
    kb(facts.post.jsGzip),
    mb(facts.rssBytes),
    facts.load,
  ];
  return `| ${cells.join(' | ')} |`;
}
