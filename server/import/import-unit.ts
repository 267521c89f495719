import 'server-only';
import { writeImport, type importedKeys } from '@/db/queries/import-writes';
import { previewTaxonomy, type TermOutcome } from '@/db/queries/import-taxonomy';
import type { ImportPostReport, ImportReport, ImportTerm } from '@/lib/import/import-report';
import { ImportProblem, type ImportUnit, type Planned, type RunOptions } from './run-import';

export type Context = {
  seen: ReturnType<typeof importedKeys>;
  blogLanguages: string[];
  slugs: Set<string>;
};

/** One unit: a duplicate, an error with its line, or a post (written unless this is a dry run). */
export function importUnit(unit: ImportUnit, report: ImportReport, opts: RunOptions, ctx: Context) {
  const existing =
    ctx.seen.get(unit.key) ?? (unit.formerKey ? ctx.seen.get(unit.formerKey) : undefined);
  if (existing) {
    const { id, slug } = existing;
    return void report.posts.push({ ...duplicateRow(unit), slug, id });
  }
  let planned: Planned;
  try {
    planned = unit.plan(ctx.slugs, (message) => report.warnings.push({ line: unit.line, message }));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    return void report.errors.push({ line: unit.line, message: error.message });
  }
  warnLanguages(planned, ctx.blogLanguages, (message) =>
    report.warnings.push({ line: unit.line, message }),
  );
  const written = opts.dryRun ? null : writeImport(planned.plan, opts.actorId);
  const created = opts.dryRun || written !== null;
  const slug = written?.slug ?? planned.plan.input.slug;
  ctx.slugs.add(planned.plan.input.slug);
  ctx.seen.set(unit.key, { id: written?.id ?? 0, slug });
  report.posts.push(row(planned, slug, created ? 'created' : 'duplicate', written?.id));
  if (!created) return;
  report.comments += planned.plan.comments.length;
  report.dropped.push(...planned.dropped);
  noteTerms(report, written?.terms ?? previewTaxonomy(planned.plan.taxonomy, opts.actorId));
}

function row(
  planned: Planned,
  slug: string,
  result: ImportPostReport['result'],
  id?: number,
): ImportPostReport {
  const { input, comments, taxonomy } = planned.plan;
  const primary = taxonomy.categories[0]?.at(-1);
  return {
    line: planned.plan.line,
    title: planned.title,
    slug,
    ...(id ? { id } : {}),
    status: input.status,
    publishedAt: input.publishedAt,
    comments: comments.length,
    category: primary ? (Object.values(primary.names)[0] ?? null) : null,
    languages: Object.keys(input.translations),
    ...(planned.paired !== undefined ? { paired: planned.paired } : {}),
    ...(planned.confidence !== undefined ? { confidence: planned.confidence } : {}),
    result,
  };
}

/**
 * Each category and tag once (by slug), as created or reused; a dry run's come from a rolled-back
 * write, and a term an earlier entry of this run created is not counted again.
 */
function noteTerms(report: ImportReport, outcomes: TermOutcome[]) {
  for (const { kind, ...term } of outcomes) {
    const list = kind === 'category' ? report.categories : report.tags;
    // A dry run writes nothing, so a later entry's term with a name created earlier in this run
    // is found by that name when the import really runs (same parent for categories): counted once.
    const same = (c: ImportTerm) =>
      c.slug === term.slug ||
      (report.dryRun && c.result === 'created' && c.name === term.name && c.parent === term.parent);
    if (!list.some(same)) list.push(term);
  }
}

/** A post in a language the blog does not offer is stored, but readers have no way to pick it. */
function warnLanguages(planned: Planned, blog: string[], warn: (m: string) => void) {
  const other = Object.keys(planned.plan.input.translations).filter((l) => !blog.includes(l));
  if (other.length)
    warn(
      `${other.join(', ')} is not one of the blog's languages (${blog.join(', ')}): add it in Settings so readers can choose it`,
    );
}

function duplicateRow(unit: ImportUnit): ImportPostReport {
  return {
    line: unit.line,
    title: unit.title,
    slug: '',
    status: 'draft',
    publishedAt: null,
    comments: 0,
    category: null,
    languages: [],
    result: 'duplicate',
  };
}
