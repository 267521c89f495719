import 'server-only';
import type { ImportReport } from '@/lib/import/import-report';
import { WxrFileError } from '@/lib/import/wxr/parse';
import { importMt, type MtImportOptions } from './mt-import';
import { ImportProblem, type Drafted, type ImportUnit } from './run-import';
import { importWxr } from './wxr-import';

/** What the main thread asks a planning worker: the file and the options planning needs. */
export type PlanRequest = {
  format: 'mt' | 'wxr';
  text: string;
  // The MT options (a superset of WXR's) that survive a structured clone, with the blog's languages
  // given: the worker has no database to read the settings from.
  opts: Omit<MtImportOptions, 'onProgress' | 'blog'> & { blog: string[] };
};

/** One unit as the worker planned it: what `plan` will say again on the main thread. */
export type DraftedUnit = {
  key: string;
  formerKey?: string;
  line: number;
  title: string;
  warnings: string[];
  unpaired: ImportReport['unpaired'];
  drafted?: Drafted;
  problem?: string;
};

/** The worker's messages: units in batches (each one a short task for the main thread), then the end. */
export type PlanMessage =
  | { units: DraftedUnit[] }
  | { done: ImportReport }
  | { failed: 'notWxr' | 'importFailed'; message: string };

/** Every unit drafted now, in order; warnings and unpaired rows kept with the unit that made them. */
function draftAll(units: ImportUnit[], report: ImportReport): DraftedUnit[] {
  return units.map(({ key, formerKey, line, title, draft }) => {
    const warnings: string[] = [];
    const before = report.unpaired.length;
    const base = { key, ...(formerKey ? { formerKey } : {}), line, title, warnings };
    try {
      const drafted = draft!((message) => warnings.push(message));
      return { ...base, unpaired: report.unpaired.splice(before), drafted };
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      return { ...base, unpaired: report.unpaired.splice(before), problem: error.message };
    }
  });
}

/**
 * Parses and plans the whole file (the CPU-heavy part: parsing, HTML to blocks, aligning) and
 * hands the results to `send` in batches. Pure of the database, so it runs in a worker thread.
 */
export function planImport(request: PlanRequest, send: (message: PlanMessage) => void, batch = 25) {
  const collect = (units: ImportUnit[], report: ImportReport) => ({
    units: draftAll(units, report),
    report,
  });
  try {
    const { format, text, opts } = request;
    const { units, report } =
      format === 'mt' ? importMt(text, opts, collect) : importWxr(text, opts, collect);
    for (let i = 0; i < units.length; i += batch) send({ units: units.slice(i, i + batch) });
    send({ done: report });
  } catch (error) {
    const notWxr = error instanceof WxrFileError;
    if (!notWxr) console.error('import planning failed', error);
    send({ failed: notWxr ? 'notWxr' : 'importFailed', message: String(error) });
  }
}
