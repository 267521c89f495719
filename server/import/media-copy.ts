import 'server-only';
import { importedKeys } from '@/db/queries/import-writes';
import { importedMediaSources } from '@/db/queries/media-sources';
import { env } from '@/lib/env';
import type { ImportMediaReport, ImportReport } from '@/lib/import/import-report';
import { MEDIA_MAX_BYTES } from '@/server/media';
import { remoteSources, rewriteBlock, type Wanted } from './media-copy-blocks';
import { copyFile, pooled } from './media-copy-files';
import type { FetchOptions } from './media-fetch';
import { ImportProblem, type ImportUnit, type Planned, type Runner } from './run-import';

export type MediaCopyOptions = Partial<FetchOptions> & { concurrency?: number; maxFiles?: number };

/**
 * Files downloaded per import at most: a hand-made export can name hundreds of thousands of
 * addresses, each up to the upload limit, which would fill the disk and make this server fetch
 * from another site for hours. The rest keep their old addresses and are listed.
 */
export const MEDIA_COPY_MAX_FILES = 1000;
type Prepared = {
  unit: ImportUnit;
  planned?: Planned;
  problem?: ImportProblem;
  warnings: string[];
};

/**
 * Every unit the run will plan, planned once, in the run's order and with the run's rules
 * (imported before: left alone; slugs taken as the run takes them), so the blocks can be changed
 * before the run writes them and the run plans nothing twice.
 */
async function planAhead(units: ImportUnit[]): Promise<Prepared[]> {
  const seen = importedKeys();
  const slugs = new Set<string>();
  const prepared: Prepared[] = [];
  for (const [k, unit] of units.entries()) {
    // Planning is synchronous: give the server's thread back now and then, as the run does.
    if (k % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    if (seen.has(unit.key) || (unit.formerKey && seen.has(unit.formerKey))) {
      prepared.push({ unit, warnings: [] });
      continue;
    }
    const warnings: string[] = [];
    try {
      const planned = unit.plan(slugs, (message) => warnings.push(message));
      slugs.add(planned.plan.input.slug);
      seen.set(unit.key, { id: 0, slug: planned.plan.input.slug });
      prepared.push({ unit, planned, warnings });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      prepared.push({ unit, problem: error, warnings });
    }
  }
  return prepared;
}

/** The unit as the run sees it: the plan made ahead (its warnings said again), or the original. */
function replay({ unit, planned, problem, warnings }: Prepared): ImportUnit {
  if (!planned && !problem) return unit;
  return {
    ...unit,
    plan: (_slugs, warn) => {
      warnings.forEach(warn);
      if (problem) throw problem;
      return planned!;
    },
  };
}

/** Each address on another site once, with what it must be and the first line showing it. */
function remoteFiles(prepared: Prepared[]) {
  const files = new Map<string, { wanted: Wanted; line: number }>();
  for (const { planned } of prepared)
    for (const block of planned?.plan.input.blocks ?? [])
      for (const { url, wanted } of remoteSources(block))
        if (!files.has(url)) files.set(url, { wanted, line: planned!.plan.line });
  return files;
}

function fetchOptions(options: MediaCopyOptions): FetchOptions {
  return {
    maxBytes: options.maxBytes ?? MEDIA_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? 20_000,
    allowPrivate: options.allowPrivate ?? env().IMPORT_MEDIA_ALLOW_PRIVATE === '1',
  };
}

const overLimit = { ok: false, reason: 'overImportLimit' } as const;

/** Downloads and stores each file, a few at a time: copies go into `local`, failures into the report. */
async function copyAll(
  toCopy: Array<[string, { wanted: Wanted; line: number }]>,
  actorId: number,
  options: MediaCopyOptions,
  local: Map<string, string>,
  media: ImportMediaReport,
) {
  const opts = fetchOptions(options);
  const max = options.maxFiles ?? MEDIA_COPY_MAX_FILES;
  const results = await pooled(toCopy, options.concurrency ?? 3, ([url, { wanted }], k) =>
    k < max ? copyFile(url, wanted, actorId, opts) : Promise.resolve(overLimit),
  );
  for (const [k, result] of results.entries()) {
    const [url, { line }] = toCopy[k]!;
    if (result.ok) {
      local.set(url, `/media/${result.fileName}`);
      media.copied++;
    } else {
      const status = result.status ? { status: result.status } : {};
      media.failed.push({ url, line, reason: result.reason, ...status });
    }
  }
}

/**
 * Copies the files the units' image, gallery, audio and video blocks show from other sites into
 * the media library (each address once; addresses copied by an earlier import are reused) and
 * returns the units with those blocks pointing at the copies. A file that cannot be copied keeps
 * its old address and is listed with the reason. A dry run counts and downloads nothing.
 */
export async function copyImportMedia(
  units: ImportUnit[],
  run: { dryRun: boolean; actorId: number },
  options: MediaCopyOptions = {},
): Promise<{ units: ImportUnit[]; media: ImportMediaReport }> {
  const prepared = await planAhead(units);
  const files = remoteFiles(prepared);
  const before = importedMediaSources();
  const media: ImportMediaReport = {
    found: files.size,
    copied: 0,
    reused: 0,
    maxBytes: options.maxBytes ?? MEDIA_MAX_BYTES,
    failed: [],
  };
  const local = new Map<string, string>();
  const toCopy = [...files].filter(([url]) => {
    const fileName = before.get(url);
    if (fileName) local.set(url, `/media/${fileName}`);
    return !fileName;
  });
  media.reused = local.size;
  if (!run.dryRun) await copyAll(toCopy, run.actorId, options, local, media);
  for (const p of prepared)
    if (p.planned) {
      const { plan } = p.planned;
      const blocks = plan.input.blocks.map((block) => rewriteBlock(block, local));
      p.planned = { ...p.planned, plan: { ...plan, input: { ...plan.input, blocks } } };
    }
  return { units: prepared.map(replay), media };
}

/** A runner that copies the import's media first, then runs `run` with the rewritten units. */
export function withMediaCopy(
  run: Runner<ImportReport | Promise<ImportReport>>,
  options: MediaCopyOptions = {},
): Runner<Promise<ImportReport>> {
  return async (units, report, opts) => {
    const copied = await copyImportMedia(units, opts, options);
    report.media = copied.media;
    return await run(copied.units, report, opts);
  };
}
