import 'server-only';
import type { ImportReport } from '@/lib/import/import-report';
import { runImportYielding, type ImportUnit, type RunOptions } from './run-import';

/** An import parsed and planned but not yet run: what the importers hand to a deferred runner. */
export type PendingImport = { units: ImportUnit[]; report: ImportReport; opts: RunOptions };

/** A Runner that runs nothing: the caller decides how to run (importMt / importWxr's third argument). */
export const deferred = (units: ImportUnit[], report: ImportReport, opts: RunOptions) => ({
  units,
  report,
  opts,
});

/** One line of the streamed answer: progress as it happens, then the report (or an error code). */
export type ImportLine =
  | { progress: { done: number; total: number } }
  | { ok: true; data: ImportReport }
  | { ok: false; error: string };

/** The caller's follow-up (expiring public pages) must not turn a finished import into an error. */
function afterRun(after: (report: ImportReport) => void, report: ImportReport) {
  try {
    after(report);
  } catch (error) {
    console.error('after the import', error);
  }
}

/** Units between two progress lines (sent as the run gives the thread back, run-import.ts). */
const EVERY = 10;

/**
 * Runs the import while streaming newline-delimited JSON: `{progress}` after every few units
 * (real counts, written as the run gives the thread back), then the report. The request keeps
 * its one connection; the page reads the lines as they come.
 */
export function streamImport(
  pending: PendingImport,
  after: (report: ImportReport) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // A closed page cancels the stream: the import still runs to its end (and expires the pages
  // its posts appear on) instead of failing on the next line it cannot send.
  let gone = false;
  return new ReadableStream({
    cancel() {
      gone = true;
    },
    async start(controller) {
      const send = (line: ImportLine) => {
        if (!gone) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      const onProgress = (done: number, total: number) => {
        if (done % EVERY === 0 || done === total) send({ progress: { done, total } });
      };
      try {
        const report = await runImportYielding(pending.units, pending.report, {
          ...pending.opts,
          onProgress,
        });
        afterRun(after, report);
        send({ ok: true, data: report });
      } catch (error) {
        console.error('import failed', error);
        send({ ok: false, error: 'unknown' });
      }
      if (!gone) controller.close();
    },
  });
}
