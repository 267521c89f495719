import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, comments, posts } from '@/db/schema';
import { mtCommentFields, mtExcerptField } from '@/lib/import/mt-fields';
import type { DropReason, LineDropped } from '@/lib/import/mt-dropped';
import { mtEntryToBlocks } from '@/lib/import/mt-html';
import { mtEntryKey } from '@/lib/import/mt-key';
import { parseMt, type MtEntry } from '@/lib/import/mt-parse';
import { BLOCK_TEXT_MAX, codePoints, slugify, TITLE_MAX } from '@/lib/validations/post';
import { categorySlug, findCategoryByName, resolveCategories, uniqueSlug } from './imports';
import { savePost, type PostInput } from './post-editor';

export type MtImportOptions = {
  dryRun: boolean;
  actorId: number;
  language: string;
  timeZone: string;
  onProgress?: (done: number, total: number) => void;
};
type Line = { line: number; message: string };
export type MtPostReport = {
  line: number;
  title: string;
  slug: string;
  status: 'draft' | 'published';
  publishedAt: Date;
  comments: number;
  category: string | null;
  result: 'created' | 'duplicate';
};
/** A piece of an imported entry left out, cut or replaced: its export line, element (or field) and a short excerpt. */
export type MtDropped = { line: number; element: string; reason: DropReason; excerpt: string };
export type MtReport = {
  dryRun: boolean;
  posts: MtPostReport[];
  categories: Array<{ name: string; slug: string }>;
  comments: number;
  errors: Line[];
  warnings: Line[];
  dropped: MtDropped[];
};

type CommentRow = Omit<typeof comments.$inferInsert, 'postId'>;
type Plan = {
  entry: MtEntry;
  key: string;
  input: PostInput;
  comments: CommentRow[];
  dropped: MtDropped[];
};

class EntryProblem extends Error {}

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

const reported = ({ line, element, reason, excerpt }: LineDropped): MtDropped => ({
  line,
  element,
  reason,
  excerpt,
});

function blocksOf(entry: MtEntry, language: string, dropped: MtDropped[]) {
  const { blocks, dropped: left } = mtEntryToBlocks(entry, language);
  if (blocks.some((b) => Object.values(b.texts).some((t) => t && codePoints(t) > BLOCK_TEXT_MAX))) {
    throw new EntryProblem(`a block is longer than ${BLOCK_TEXT_MAX} characters`); // only an alt text can be: text is split
  }
  dropped.push(...left.map(reported));
  return blocks;
}

function excerptOf(entry: MtEntry, dropped: MtDropped[]): string | null {
  if (!entry.excerpt) return null;
  const field = mtExcerptField(entry.excerpt, entry.line);
  dropped.push(...field.dropped.map(reported));
  return field.text;
}

function commentRows(
  entry: MtEntry,
  key: string,
  language: string,
  dropped: MtDropped[],
  warn: (m: string) => void,
): CommentRow[] {
  return entry.comments.flatMap((c, index) => {
    const fields = mtCommentFields(c);
    dropped.push(...fields.dropped.map(reported));
    if (!fields.body) {
      warn(`comment ${index + 1} is empty: skipped`);
      return [];
    }
    const email = fields.email ?? `unknown-${randomUUID().slice(0, 8)}@invalid`;
    return [
      {
        authorName: fields.name,
        authorEmail: email,
        body: fields.body,
        language,
        status: c.status,
        reason: 'imported',
        createdAt: c.date,
        idempotencyKey: `${key}:${index}`,
      },
    ];
  });
}

function planEntry(
  entry: MtEntry,
  key: string,
  language: string,
  slugs: Set<string>,
  warn: (m: string) => void,
): Plan {
  if (codePoints(entry.title) > TITLE_MAX)
    throw new EntryProblem(`title is longer than ${TITLE_MAX} characters`);
  const dropped: MtDropped[] = entry.notImported.map((d) => ({ ...d, reason: 'notImported' }));
  const base =
    slugify((entry.basename ?? '').replace(/\//g, '-')) ||
    slugify(entry.title) ||
    `mt-${key.slice(3, 13)}`;
  const input: PostInput = {
    slug: uniqueSlug(base, slugs),
    status: entry.status,
    publishedAt: entry.date,
    originalLanguage: language,
    categoryId: null,
    commentsOpen: entry.allowComments,
    translations: { [language]: { title: entry.title, excerpt: excerptOf(entry, dropped) } },
    blocks: blocksOf(entry, language, dropped),
  };
  slugs.add(input.slug);
  return { entry, key, input, comments: commentRows(entry, key, language, dropped, warn), dropped };
}

function applyPlan(plan: Plan, language: string, actorId: number): boolean {
  return writeTx((tx) => {
    if (importedKeys().has(plan.key)) return false; // imported meanwhile by another run
    const input = {
      ...plan.input,
      slug: uniqueSlug(plan.input.slug),
      categoryId: resolveCategories(plan.entry.categories, language, actorId),
    };
    const postId = savePost(input, { actorId });
    for (const c of plan.comments)
      tx.insert(comments)
        .values({ ...c, postId })
        .onConflictDoNothing()
        .run();
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'post.import',
        entity: 'post',
        entityId: postId,
        details: { key: plan.key, line: plan.entry.line },
      })
      .run();
    return true;
  });
}

function reportRow(
  entry: MtEntry,
  slug: string,
  commentCount: number,
  result: MtPostReport['result'],
): MtPostReport {
  return {
    line: entry.line,
    title: entry.title,
    slug,
    status: entry.status,
    publishedAt: entry.date,
    comments: commentCount,
    category: entry.categories[0] ?? null,
    result,
  };
}

/**
 * Imports a Movable Type export: each entry (post, categories, comments) in its own transaction.
 * Entries imported before are reported as duplicates, broken ones as errors with their line;
 * a dry run reports the same without writing anything.
 */
export function importMt(text: string, opts: MtImportOptions): MtReport {
  const parsed = parseMt(text, { timeZone: opts.timeZone });
  const report: MtReport = {
    dryRun: opts.dryRun,
    posts: [],
    categories: [],
    comments: 0,
    errors: [...parsed.errors],
    warnings: [],
    dropped: [],
  };
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
      plan = planEntry(entry, key, opts.language, slugs, (message) =>
        report.warnings.push({ line: entry.line, message }),
      );
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error;
      return void report.errors.push({ line: entry.line, message: error.message });
    }
    const newCategories = entry.categories.filter(
      (name) => !findCategoryByName(name) && !report.categories.some((c) => c.name === name),
    );
    const created = opts.dryRun || applyPlan(plan, opts.language, opts.actorId);
    seen.set(key, plan.input.slug);
    report.posts.push(
      reportRow(entry, plan.input.slug, plan.comments.length, created ? 'created' : 'duplicate'),
    );
    if (!created) return;
    report.comments += plan.comments.length;
    report.dropped.push(...plan.dropped);
    for (const name of newCategories) {
      report.categories.push({
        name,
        slug: opts.dryRun
          ? categorySlug(name, categorySlugs)
          : (findCategoryByName(name)?.slug ?? ''),
      });
    }
  });
  opts.onProgress?.(parsed.entries.length, parsed.entries.length);
  report.errors.sort((a, b) => a.line - b.line);
  return report;
}
