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

/** Idle time after which the warm worker is let go (it holds the planner's modules in memory). */
const IDLE_MS = 5 * 60_000;
// One worker kept between imports: starting one loads the planner's modules (about 2 s here).
let warm: { worker: Worker; idle: NodeJS.Timeout; drop: () => void } | null = null;

// Listeners are taken off one by one: Worker keeps internal ones that removeAllListeners() would
// take too (after which it no longer receives messages).
type Handlers = {
  message: (message: PlanMessage) => void;
  error: (error: Error) => void;
  exit: (code: number) => void;
};
function listen(worker: Worker, on: Handlers): () => void {
  const pairs = Object.entries(on) as Array<[string, (...args: unknown[]) => void]>;
  for (const [event, fn] of pairs) worker.on(event, fn);
  return () => {
    for (const [event, fn] of pairs) worker.off(event, fn);
  };
}

function acquire(): Worker {
  const kept = warm;
  warm = null;
  if (!kept) return start(entry(), { execArgv: ['--conditions=react-server'] });
  clearTimeout(kept.idle);
  kept.worker.off('error', kept.drop).off('exit', kept.drop);
  kept.worker.ref();
  return kept.worker;
}

/** Keeps a worker that finished cleanly for the next import (one at most; it never holds the process open). */
function release(worker: Worker) {
  if (warm) return void worker.terminate();
  worker.unref();
  const drop = () => {
    if (warm?.worker === worker) warm = null;
  };
  worker.on('error', drop).on('exit', drop);
  const idle = setTimeout(() => (drop(), void worker.terminate()), IDLE_MS);
  idle.unref();
  warm = { worker, idle, drop };
}

/** Starts the planning worker ahead of an import (the import page does, so the first upload needs no wait). */
export function warmPlanner() {
  if (!warm) release(acquire());
}

/** Sends the request to a worker and gathers its batches; rejects on a crash, an exit without an answer or the timeout. */
function planned(request: PlanRequest, timeoutMs: number) {
  return new Promise<{ units: DraftedUnit[]; report: ImportReport }>((resolve, reject) => {
    const worker = acquire();
    const units: DraftedUnit[] = [];
    const stop = (keep: boolean, settle: () => void) => {
      clearTimeout(timer);
      unlisten();
      if (keep) release(worker);
      else void worker.on('error', () => {}).terminate();
      settle();
    };
    const fail = (error: Error) => stop(false, () => reject(error));
    const timer = setTimeout(
      () => fail(new ImportWorkerError('planning took too long')),
      timeoutMs,
    );
    const unlisten = listen(worker, {
      message: (message: PlanMessage) => {
        if ('units' in message) return void units.push(...message.units);
        // A file that is not WXR, or one the planner failed on: the worker stays good for the next.
        if ('done' in message) return stop(true, () => resolve({ units, report: message.done }));
        const error =
          message.failed === 'notWxr'
            ? new WxrFileError(message.message)
            : new ImportWorkerError(message.message);
        stop(true, () => reject(error));
      },
      error: (error: Error) => fail(new ImportWorkerError(`planning failed: ${error.message}`)),
      exit: (code: number) => fail(new ImportWorkerError(`planning stopped (exit code ${code})`)),
    });
    worker.postMessage(request);
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
