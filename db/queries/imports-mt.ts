import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, categories, comments, posts } from '@/db/schema';
import { mtEntryToBlocks } from '@/lib/import/mt-html';
import { mtEntryKey } from '@/lib/import/mt-key';
import { parseMt, type MtComment, type MtEntry } from '@/lib/import/mt-parse';
import { BLOCK_TEXT_MAX, codePoints, EXCERPT_MAX, IMAGE_SRC_PATTERN, slugify, TITLE_MAX } from '@/lib/validations/post';
import { createCategory } from './categories';
import { findCategoryByName, uniqueSlug } from './imports';
import { savePost, type PostInput } from './post-editor';

export type MtImportOptions = { dryRun: boolean; actorId: number; language: string; timeZone: string; onProgress?: (done: number, total: number) => void };
type Line = { line: number; message: string };
export type MtPostReport = { line: number; title: string; slug: string; status: 'draft' | 'published'; publishedAt: Date; comments: number; category: string | null; result: 'created' | 'duplicate' };
export type MtReport = { dryRun: boolean; posts: MtPostReport[]; categories: Array<{ name: string; slug: string }>; comments: number; errors: Line[]; warnings: Line[] };

type CommentRow = Omit<typeof comments.$inferInsert, 'postId'>;
type Plan = { entry: MtEntry; key: string; input: PostInput; comments: CommentRow[] };

class EntryProblem extends Error {}
const clip = (text: string, max: number) => [...text].slice(0, max).join('');

/** Entries imported before whose post still exists: key → the post's slug. */
function importedKeys(): Map<string, string> {
  const rows = getDb()
    .select({ key: sql<string>`json_extract(${auditLog.details}, '$.key')`, slug: posts.slug })
    .from(auditLog)
    .innerJoin(posts, eq(posts.id, auditLog.entityId))
    .where(eq(auditLog.action, 'post.import'))
    .all();
  return new Map(rows.map((r) => [r.key, r.slug]));
}

function blocksOf(entry: MtEntry, language: string, warn: (m: string) => void) {
  const blocks = mtEntryToBlocks(entry, language).flatMap((b) => {
    if (b.kind !== 'image') return [b];
    const src = b.src?.startsWith('//') ? `https:${b.src}` : b.src;
    if (src && IMAGE_SRC_PATTERN.test(src)) return [{ ...b, src }];
    warn(`image "${b.src}" skipped: only absolute http(s) addresses are kept`);
    return [];
  });
  if (blocks.some((b) => Object.values(b.texts).some((t) => t && codePoints(t) > BLOCK_TEXT_MAX))) {
    throw new EntryProblem(`a paragraph is longer than ${BLOCK_TEXT_MAX} characters`);
  }
  return blocks;
}

function commentRow(c: MtComment, key: string, index: number, language: string): CommentRow {
  const body = c.body.replace(/\0/g, '');
  if (!body) throw new EntryProblem(`comment ${index + 1} is empty`);
  if (codePoints(body) > 5000) throw new EntryProblem(`comment ${index + 1} is longer than 5000 characters`);
  const email = /^[^\s@]+@[^\s@]+$/.test(c.email) && c.email.length <= 254 ? c.email.toLowerCase() : `unknown-${randomUUID().slice(0, 8)}@invalid`;
  return {
    authorName: clip(c.author.replace(/\0/g, '').trim() || 'Anonymous', 80),
    authorEmail: email,
    body,
    language,
    status: c.status,
    reason: 'imported',
    createdAt: c.date,
    idempotencyKey: `${key}:${index}`,
  };
}

function planEntry(entry: MtEntry, key: string, language: string, slugs: Set<string>, warn: (m: string) => void): Plan {
  if (codePoints(entry.title) > TITLE_MAX) throw new EntryProblem(`title is longer than ${TITLE_MAX} characters`);
  const excerpt = entry.excerpt ? clip(entry.excerpt.trim(), EXCERPT_MAX) : null;
  const base = slugify((entry.basename ?? '').replace(/\//g, '-')) || slugify(entry.title) || `mt-${key.slice(3, 13)}`;
  const slug = uniqueSlug(base, slugs);
  slugs.add(slug);
  const input: PostInput = {
    slug,
    status: entry.status,
    publishedAt: entry.date,
    originalLanguage: language,
    categoryId: null,
    commentsOpen: entry.allowComments,
    translations: { [language]: { title: entry.title, excerpt } },
    blocks: blocksOf(entry, language, warn),
  };
  const rows = entry.comments.flatMap((c, i) => {
    try {
      return [commentRow(c, key, i, language)];
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error;
      warn(`${error.message}: skipped`);
      return [];
    }
  });
  return { entry, key, input, comments: rows };
}

/** A category slug from its name; names without ASCII letters get a short stable hash. */
function categorySlug(name: string, taken: Set<string>) {
  const base = slugify(name) || `c-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  let slug = base;
  for (let n = 2; taken.has(slug) || getDb().select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get(); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Inside the entry's transaction: existing categories are reused, missing ones created. */
function resolveCategories(names: string[], language: string, actorId: number): number | null {
  const ids = names.map((name) => findCategoryByName(name)?.id ?? createCategory({ slug: categorySlug(name, new Set()), names: { [language]: name } }, actorId).id);
  return ids[0] ?? null;
}

function applyPlan(plan: Plan, language: string, actorId: number): boolean {
  return writeTx((tx) => {
    if (importedKeys().has(plan.key)) return false; // imported meanwhile by another run
    const input = { ...plan.input, slug: uniqueSlug(plan.input.slug), categoryId: resolveCategories(plan.entry.categories, language, actorId) };
    const postId = savePost(input, { actorId });
    for (const c of plan.comments) tx.insert(comments).values({ ...c, postId }).onConflictDoNothing().run();
    tx.insert(auditLog).values({ actorId, action: 'post.import', entity: 'post', entityId: postId, details: { key: plan.key, line: plan.entry.line } }).run();
    return true;
  });
}

function reportRow(entry: MtEntry, slug: string, commentCount: number, result: MtPostReport['result']): MtPostReport {
  return { line: entry.line, title: entry.title, slug, status: entry.status, publishedAt: entry.date, comments: commentCount, category: entry.categories[0] ?? null, result };
}

/**
 * Imports a Movable Type export: each entry (post, categories, comments) in its own transaction.
 * Entries imported before are reported as duplicates, broken ones as errors with their line;
 * a dry run reports the same without writing anything.
 */
export function importMt(text: string, opts: MtImportOptions): MtReport {
  const parsed = parseMt(text, { timeZone: opts.timeZone });
  const report: MtReport = { dryRun: opts.dryRun, posts: [], categories: [], comments: 0, errors: [...parsed.errors], warnings: [] };
  const seen = importedKeys();
  const slugs = new Set<string>();
  const categorySlugs = new Set<string>();
  parsed.entries.forEach((entry, k) => {
    opts.onProgress?.(k, parsed.entries.length);
    const key = mtEntryKey(entry);
    const existing = seen.get(key);
    if (existing) return void report.posts.push(reportRow(entry, existing, 0, 'duplicate'));
    let plan: Plan;
    try {
      plan = planEntry(entry, key, opts.language, slugs, (message) => report.warnings.push({ line: entry.line, message }));
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error;
      return void report.errors.push({ line: entry.line, message: error.message });
    }
    const newCategories = entry.categories.filter((name) => !findCategoryByName(name) && !report.categories.some((c) => c.name === name));
    const created = opts.dryRun || applyPlan(plan, opts.language, opts.actorId);
    seen.set(key, plan.input.slug);
    report.posts.push(reportRow(entry, plan.input.slug, plan.comments.length, created ? 'created' : 'duplicate'));
    if (!created) return;
    report.comments += plan.comments.length;
    for (const name of newCategories) {
      report.categories.push({ name, slug: opts.dryRun ? categorySlug(name, categorySlugs) : (findCategoryByName(name)?.slug ?? '') });
    }
  });
  opts.onProgress?.(parsed.entries.length, parsed.entries.length);
  report.errors.sort((a, b) => a.line - b.line);
  return report;
}
