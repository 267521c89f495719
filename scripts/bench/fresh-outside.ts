// Changes the server does not make itself: a post imported by the command-line tool while the
// server runs, and a post scheduled for a time that then passes (no cron, no request from staff).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { archivePathAt, categoryOf, localTime, postForm } from './bench-db';
import type { FreshContext } from './fresh-staff';
import { check, get, shows, type Check } from './freshness';
import { runTs } from './server';
import { actionId, staff } from './staff-actions';

const DAY = 86_400_000;
export const SCHEDULE_LIMIT_S = 60;

/** "2026-11-27T21:30:00" → MT's "11/27/2026 21:30:00". */
const mtDate = (local: string) => local.replace(/^(\d{4})-(\d{2})-(\d{2})T/, '$2/$3/$1 ');

/** `npm run import -- mt FILE` in its own process, then the very next GET of the home page. */
export function importCheck(
  ctx: FreshContext,
  databasePath: string,
  dir: string,
): () => Promise<Check> {
  const title = `Imported by the CLI ${ctx.run}`;
  const file = path.join(dir, 'import.txt');
  return () =>
    check(
      'Another process: `npm run import -- mt FILE` publishes a post',
      ctx.baseUrl,
      [{ path: '/ja', what: 'lists it', test: shows(title) }],
      async () => {
        const body = `AUTHOR: ZUKUNASHI\nTITLE: ${title}\nBASENAME: bench-import-${ctx.run}\nSTATUS: Publish\nALLOW COMMENTS: 1\nCONVERT BREAKS: 0\nDATE: ${mtDate(localTime(new Date(Date.now() - DAY)))}\n-----\nBODY:\n<p>Imported while the server runs.</p>\n-----\n--------\n`;
        writeFileSync(file, body);
        return runTs('scripts/import.ts', { DATABASE_PATH: databasePath }, ['mt', file]).includes(
          'Created 1 posts',
        );
      },
    );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Saves a post due in `leadSeconds` through the editor's action, then GETs the home page, its
 * category and its month every 2 s: each must show it within SCHEDULE_LIMIT_S of its time, and
 * none before.
 */
export async function scheduledCheck(ctx: FreshContext, leadSeconds = 15): Promise<Check> {
  const name = `A scheduled post appears on home, category and archive within ${SCHEDULE_LIMIT_S} s of its time`;
  const at = new Date(Math.ceil((Date.now() + leadSeconds * 1000) / 1000) * 1000);
  const title = `Scheduled by the bench ${ctx.run}`;
  const { values } = postForm(ctx.slug);
  const post = {
    ...values,
    slug: `bench-scheduled-${ctx.run}`,
    status: 'published',
    publishedAt: localTime(at),
    categoryIds: [String(categoryOf(ctx.category).id)],
    translations: {
      ...values.translations,
      en: { title, excerpt: '' },
      ja: { title, excerpt: '' },
    },
    blocks: [{ kind: 'paragraph', src: null, texts: { en: 'Due soon.', ja: 'まもなく公開。' } }],
  };
  const owner = await staff(ctx.baseUrl, 'owner');
  const saved = await owner.call(
    '/ja/admin/posts/new',
    actionId(ctx.distDir, 'savePostAction', 'admin/posts/actions'),
    { id: null, post },
  );
  if (!saved.ok)
    return { name, ok: false, detail: `saving failed: ${JSON.stringify(saved).slice(0, 300)}` };
  const paths = ['/ja', `/ja/categories/${ctx.category}`, archivePathAt(at)];
  const seen = new Map<string, number>();
  const early: string[] = [];
  while (seen.size < paths.length && Date.now() < at.getTime() + (SCHEDULE_LIMIT_S + 5) * 1000) {
    for (const p of paths.filter((x) => !seen.has(x))) {
      const showing = shows(title)(await get(ctx.baseUrl, p));
      const delay = (Date.now() - at.getTime()) / 1000;
      if (showing && delay < 0) early.push(p);
      else if (showing) seen.set(p, delay);
    }
    await sleep(2000);
  }
  const ok = !early.length && paths.every((p) => (seen.get(p) ?? Infinity) <= SCHEDULE_LIMIT_S);
  const detail = paths
    .map((p) => `${p} ${seen.has(p) ? `after ${seen.get(p)!.toFixed(0)} s` : 'NOT shown'}`)
    .join('; ');
  return {
    name,
    ok,
    detail: `${detail}${early.length ? `; shown BEFORE its time on ${early.join(', ')}` : ''}`,
  };
}
