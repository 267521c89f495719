import 'server-only';
import { sep } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ImportReport } from '@/lib/import/import-report';
import { WxrFileError } from '@/lib/import/wxr/parse';
import { settle } from './plan-parts';
import type { DraftedUnit, PlanMessage, PlanRequest } from './plan-worker';
import { ImportProblem, type ImportUnit, type RunOptions, type Runner } from './run-import';

/** The planning worker stopped (a crash, a limit, the time below) without planning the file. */
export class ImportWorkerError extends Error {}

/** Long enough for the largest upload's align; a stuck worker must not hold the request forever. */
const PLAN_TIMEOUT_MS = 10 * 60_000;

// Node loads the entry at runtime, from the app's root. Neither `new Worker(…)` nor a path the
// bundler can work out: Turbopack would bundle the entry (and tsx in it) into the route, which
// cannot load TypeScript at runtime.
const entry = () => [process.cwd(), 'server', 'import', 'plan-worker.mjs'].join(sep);
const start = (file: string, options: WorkerOptions): Worker =>
  Reflect.construct(Worker, [file, options]) as Worker;

/** The unit as the run sees it: the worker's warnings said again, its slug picked here. */
function replayed(unit: DraftedUnit, report: ImportReport): ImportUnit {
  const { key, formerKey, line, title } = unit;
  return {
    key,
    ...(formerKey ? { formerKey } : {}),
    line,
    title,
    plan: (slugs, warn) => {
      unit.warnings.forEach(warn);
      report.unpaired.push(...unit.unpaired);
      if (unit.problem !== undefined) throw new ImportProblem(unit.problem);
      return settle(unit.drafted!, slugs);
    },
  };
}

/** Starts the worker and gathers its batches; rejects on a crash, an exit without an answer or the timeout. */
function planned(request: PlanRequest, timeoutMs: number) {
  return new Promise<{ units: DraftedUnit[]; report: ImportReport }>((resolve, reject) => {
    const worker = start(entry(), { workerData: request, execArgv: ['--conditions=react-server'] });
    const units: DraftedUnit[] = [];
    const stop = (error: Error | null, report?: ImportReport) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => {});
      void worker.terminate();
      if (error) reject(error);
      else resolve({ units, report: report! });
    };
    const timer = setTimeout(
      () => stop(new ImportWorkerError('planning took too long')),
      timeoutMs,
    );
    worker.on('message', (message: PlanMessage) => {
      if ('units' in message) units.push(...message.units);
      else if ('done' in message) stop(null, message.done);
      else if (message.failed === 'notWxr') stop(new WxrFileError(message.message));
      else stop(new ImportWorkerError(message.message));
    });
    worker.on('error', (error) => stop(new ImportWorkerError(`planning failed: ${error.message}`)));
    worker.on('exit', (code) =>
      stop(new ImportWorkerError(`planning stopped (exit code ${code})`)),
    );
  });
}

/**
 * Parses and plans an export in a worker thread, so a large file or a long align does not hold
 * every other request; the returned units are then run (written) on this thread as before, by
 * `run` (runImport, runImportYielding through `deferred`, the media copy…). A file that is not
 * WXR rejects with WxrFileError, anything else that stops the worker with ImportWorkerError.
 */
export async function planOffThread<R>(
  request: PlanRequest,
  run: Runner<R>,
  opts: Omit<RunOptions, 'dryRun' | 'actorId'> = {},
  timeoutMs = PLAN_TIMEOUT_MS,
): Promise<R> {
  const { units, report } = await planned(request, timeoutMs);
  const { dryRun, actorId } = request.opts;
  return run(
    units.map((unit) => replayed(unit, report)),
    report,
    { dryRun, actorId, ...opts },
  );
}
