// `npx tsx --conditions=react-server scripts/import-measure.ts FILE [--language xx]`: imports a
// WordPress export into a throwaway database and checks it against an independent reading of
// the file (scripts/import-measure/): items by kind, posts that arrived, every text segment of
// every post stored or listed in the report, false duplicates, texts under the wrong language,
// what a second import adds, and the time taken. Prints one row of BENCHMARKS.md's import table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { throwawayDatabase } from '@/db/test-db';
import { plainText } from '@/lib/blocks/markdown/plain';
import { scriptFits } from '@/lib/import/item-language';
import type { ImportReport } from '@/lib/import/import-report';
import { squash, unmark } from './import-measure/segments';
import { countWxr, type CountedItem } from './import-measure/wxr-count';

type Stored = { titles: string[]; corpus: string; texts: Array<[string, string]> };

async function storedPosts(report: ImportReport): Promise<Stored[]> {
  const { getAdminPost } = await import('@/db/queries/admin-posts');
  return report.posts.flatMap((p) => {
    const post = p.result === 'created' && p.id ? getAdminPost({ id: p.id }) : null;
    if (!post) return [];
    const texts = post.blocks.flatMap((b) =>
      Object.entries(b.texts).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const titles = Object.values(post.translations).map((t) => squash(t.title));
    return [
      {
        titles,
        // Stored Markdown as written, as read (links, escapes) and as readers see it (plain text).
        corpus: texts
          .flatMap(([, t]) => [squash(t), squash(unmark(t)), squash(plainText(t))])
          // An oEmbed URL on its own line arrives as an embed block's address.
          .concat(post.blocks.flatMap((b) => (b.src ? b.src.split('\n') : [])))
          .join('\u0000'),
        texts,
      },
    ];
  });
}

/** Segments neither stored nor listed: each one is a piece of a post lost silently. */
function lostSegments(items: CountedItem[], stored: Stored[], report: ImportReport) {
  const listedLines = new Set([...report.errors, ...report.dropped].map((d) => d.line));
  const excerpts = report.dropped.map((d) => squash(d.excerpt.replace(/…$/, '')).slice(0, 24));
  const all = stored.map((s) => s.corpus).join('\u0000');
  const lost: string[] = [];
  let segments = 0;
  for (const item of items.filter((i) => i.segments.length)) {
    const mine = stored.filter((s) => s.titles.includes(squash(item.title)));
    const corpus = mine.length ? mine.map((s) => s.corpus).join('\u0000') : all;
    const listed = listedLines.has(item.line);
    for (const segment of item.segments) {
      segments++;
      const s = squash(segment);
      if (listed || corpus.includes(s)) continue;
      if (excerpts.some((e) => e && (s.includes(e) || e.includes(s)))) continue;
      lost.push(`line ${item.line}: ${segment.slice(0, 80)}`);
    }
  }
  return { segments, lost };
}

/** "en 77" or "en+fr 3, ja 1": the posts' languages, original first. */
function languageCounts(posts: ImportReport['posts']): string {
  const counts = new Map<string, number>();
  for (const p of posts)
    counts.set(p.languages.join('+'), (counts.get(p.languages.join('+')) ?? 0) + 1);
  return [...counts].map(([l, n]) => `${l} ${n}`).join(', ') || 'none';
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { language: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: import-measure FILE [--language xx]');
  const text = readFileSync(file, 'utf8');
  throwawayDatabase();
  const { createUser } = await import('@/db/queries/users');
  const { importWxr } = await import('@/server/import/wxr-import');
  const counted = countWxr(text);
  const actorId = createUser({ email: 'm@x.test', name: 'M', role: 'owner', passwordHash: 'x' }).id;
  const opts = { dryRun: false, actorId, language: 'ja', given: values.language, timeZone: 'UTC' };
  const started = performance.now();
  const report = importWxr(text, opts);
  const ms = performance.now() - started;
  const stored = await storedPosts(report);
  const { segments, lost } = lostSegments(counted.items, stored, report);
  const wrong = stored.flatMap((s) => s.texts.filter(([lang, t]) => !scriptFits(t, lang)));
  const again = importWxr(text, opts).posts.filter((p) => p.result === 'created').length;
  const kinds = [...counted.byKind].map(([k, n]) => `${n} ${k}`).join(', ');
  const created = report.posts.filter((p) => p.result === 'created');
  const row = [
    path.basename(file),
    `${counted.items.length}: ${kinds}`,
    `${created.length} posts (${languageCounts(created)})`,
    `${report.errors.length} errors, ${report.dropped.filter((d) => d.reason === 'notImported').length} not imported, ${report.unpaired.length} unpaired`,
    `${segments - lost.length} / ${segments}`,
    String(report.posts.length - created.length),
    String(wrong.length),
    String(again),
    `${Math.round(ms)} ms`,
  ];
  console.log(`| ${row.join(' | ')} |`);
  for (const l of lost) console.error(`  lost ${l}`);
  for (const [lang, t] of wrong) console.error(`  wrong language ${lang}: ${t.slice(0, 80)}`);
}

await main();
