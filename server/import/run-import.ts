import 'server-only';
import { importedKeys, type ImportPlan } from '@/db/queries/import-writes';
import { getSettings } from '@/db/queries/settings';
import type { ImportDropped, ImportReport } from '@/lib/import/import-report';
import { importUnit, type Context } from './import-unit';
import { markExistingUsers } from './import-authors';

/** An entry that cannot become a post (too long a title…): reported with its line, the rest go on. */
export class ImportProblem extends Error {}

/** What a planner made of one entry (or one translation pair). */
export type Planned = {
  plan: ImportPlan;
  title: string;
  dropped: ImportDropped[];
  /** Blocks paired with a translation, when the entry was aligned. */
  paired?: number;
  /** How sure the pairing is (0–1): 1 when both posts had the same blocks. */
  confidence?: number;
};

/** One entry of the export, planned lazily so duplicates cost nothing. */
export type ImportUnit = {
  key: string;
  /** The key an earlier version of the importer gave this entry, when it still identifies it. */
  formerKey?: string;
  line: number;
  title: string;
  plan: (slugs: Set<string>, warn: (message: string) => void) => Planned;
  /** The same plan without the database (its slug still to pick): what a worker thread can make. */
  draft?: (warn: (message: string) => void) => Drafted;
};

/** Where a planned post's slug will come from: picked on the main thread, against the run's slugs. */
export type SlugChoice = { candidates: string[]; fallback: string };

/** A plan made without the database: `plan.input.slug` is empty until `slug` is picked. */
export type Drafted = Planned & { slug: SlugChoice };

export type RunOptions = {
  dryRun: boolean;
  actorId: number;
  onProgress?: (done: number, total: number) => void;
};

/** The import as steps, one unit each (each unit is its own transaction), ending with the report. */
function* importSteps(
  units: ImportUnit[],
  report: ImportReport,
  opts: RunOptions,
): Generator<void, ImportReport> {
  markExistingUsers(report.authors);
  const ctx: Context = {
    seen: importedKeys(),
    blogLanguages: getSettings().languages,
    slugs: new Set(),
  };
  for (const [k, unit] of units.entries()) {
    opts.onProgress?.(k, units.length);
    importUnit(unit, report, opts, ctx);
    yield;
  }
  opts.onProgress?.(units.length, units.length);
  report.errors.sort((a, b) => a.line - b.line);
  return report;
}

/**
 * Plans and writes each unit in its own transaction: units imported before are duplicates,
 * broken ones errors with their line; a dry run reports the same without writing anything.
 */
export function runImport(units: ImportUnit[], report: ImportReport, opts: RunOptions) {
  const steps = importSteps(units, report, opts);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The server's one thread is given back once a slice of writes has held it this long. */
const SLICE_MS = 20;

/**
 * The same import for a request handler: it gives the server's only thread back to other
 * requests every few milliseconds, so readers are served while a large export comes in (10,000 posts
 * otherwise held every request for 39 s). Each unit is still one transaction.
 */
export async function runImportYielding(
  units: ImportUnit[],
  report: ImportReport,
  opts: RunOptions,
): Promise<ImportReport> {
  const steps = importSteps(units, report, opts);
  let slice = performance.now();
  let step = steps.next();
  while (!step.done) {
    // By time, not by count: a unit of 20 blocks and one of 2,000 take very different times.
    if (performance.now() - slice >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

export type Runner<R> = (units: ImportUnit[], report: ImportReport, opts: RunOptions) => R;
