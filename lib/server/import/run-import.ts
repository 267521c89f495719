import 'server-only';
import { categorySlug, findCategoryByName } from '@/db/queries/imports';
import { importedKeys, writeImport, type ImportPlan } from '@/db/queries/import-writes';
import { getSettings } from '@/db/queries/settings';
import type { ImportDropped, ImportPostReport, ImportReport } from '@/lib/import/import-report';

/** An entry that cannot become a post (too long a title…): reported with its line, the rest go on. */
export class ImportProblem extends Error {}

/** What a planner made of one entry (or one translation pair). */
export type Planned = {
  plan: ImportPlan;
  title: string;
  dropped: ImportDropped[];
  /** Blocks paired with a translation, when the entry was aligned. */
  paired?: number;
};

/** One entry of the export, planned lazily so duplicates cost nothing. */
export type ImportUnit = {
  key: string;
  line: number;
  title: string;
  plan: (slugs: Set<string>, warn: (message: string) => void) => Planned;
};

export type RunOptions = {
  dryRun: boolean;
  actorId: number;
  onProgress?: (done: number, total: number) => void;
};

function row(
  planned: Planned,
  slug: string,
  result: ImportPostReport['result'],
  id?: number,
): ImportPostReport {
  const { input, comments, categories } = planned.plan;
  return {
    line: planned.plan.line,
    title: planned.title,
    slug,
    ...(id ? { id } : {}),
    status: input.status,
    publishedAt: input.publishedAt,
    comments: comments.length,
    category: categories[0] ?? null,
    languages: Object.keys(input.translations),
    ...(planned.paired !== undefined ? { paired: planned.paired } : {}),
    result,
  };
}

function noteCategories(
  report: ImportReport,
  names: string[],
  dryRun: boolean,
  taken: Set<string>,
) {
  for (const name of names) {
    if (report.categories.some((c) => c.name === name)) continue;
    const existing = findCategoryByName(name);
    if (existing && dryRun) continue;
    report.categories.push({
      name,
      slug: dryRun ? categorySlug(name, taken) : (existing?.slug ?? ''),
    });
  }
}

/**
 * Plans and writes each unit in its own transaction: units imported before are duplicates,
 * broken ones errors with their line; a dry run reports the same without writing anything.
 */
export function runImport(
  units: ImportUnit[],
  report: ImportReport,
  opts: RunOptions,
): ImportReport {
  const seen = importedKeys();
  const blogLanguages = getSettings().languages;
  const slugs = new Set<string>();
  const categorySlugs = new Set<string>();
  units.forEach((unit, k) => {
    opts.onProgress?.(k, units.length);
    const existing = seen.get(unit.key);
    if (existing) {
      const { id, slug } = existing;
      return void report.posts.push({ ...duplicateRow(unit), slug, id });
    }
    let planned: Planned;
    try {
      planned = unit.plan(slugs, (message) => report.warnings.push({ line: unit.line, message }));
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return void report.errors.push({ line: unit.line, message: error.message });
    }
    warnLanguages(planned, blogLanguages, (message) =>
      report.warnings.push({ line: unit.line, message }),
    );
    const newCategories = planned.plan.categories.filter((name) => !findCategoryByName(name));
    const written = opts.dryRun ? null : writeImport(planned.plan, opts.actorId);
    const created = opts.dryRun || written !== null;
    slugs.add(planned.plan.input.slug);
    seen.set(unit.key, { id: written?.id ?? 0, slug: written?.slug ?? planned.plan.input.slug });
    report.posts.push(
      row(
        planned,
        written?.slug ?? planned.plan.input.slug,
        created ? 'created' : 'duplicate',
        written?.id,
      ),
    );
    if (!created) return;
    report.comments += planned.plan.comments.length;
    report.dropped.push(...planned.dropped);
    noteCategories(report, newCategories, opts.dryRun, categorySlugs);
  });
  opts.onProgress?.(units.length, units.length);
  report.errors.sort((a, b) => a.line - b.line);
  return report;
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
