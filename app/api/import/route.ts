import { getSettings } from '@/db/queries/settings';
import type { AuthorChoices } from '@/lib/import/authors';
import type { ImportReport } from '@/lib/import/import-report';
import { WxrFileError } from '@/lib/import/wxr/parse';
import { requireRole } from '@/server/dal';
import { deferred, streamImport, type PendingImport } from '@/server/import/import-stream';
import { ImportWorkerError, planOffThread } from '@/server/import/plan-off-thread';
import { copyImportMedia } from '@/server/import/media-copy';
import { runImportYielding } from '@/server/import/run-import';
import { expirePublicPages } from '@/server/reader-cache';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';
import { exportImportSchema, IMPORT_UPLOAD_MAX } from '@/lib/validations/import';

const NO_STORE = { 'cache-control': 'no-store' };
const NDJSON = 'application/x-ndjson';
const refuse = (error: string, status: number, field?: string) =>
  Response.json(
    { ok: false, error, ...(field ? { fieldErrors: { [field]: [error] } } : {}) },
    { status, headers: NO_STORE },
  );

/**
 * Parses and plans the file in a worker thread, so readers are served meanwhile (a WxrFileError
 * or ImportWorkerError is thrown here, before any answer is sent).
 */
function prepare(
  text: string,
  values: {
    format: string;
    language: string;
    align: boolean;
    dryRun: boolean;
    media: boolean;
    authors?: AuthorChoices;
  },
  actorId: number,
): Promise<PendingImport> {
  const { timeZone, languages } = getSettings();
  const opts = {
    dryRun: values.dryRun,
    actorId,
    language: values.language,
    timeZone,
    authorChoices: values.authors,
  };
  const format = values.format === 'mt' ? 'mt' : 'wxr';
  const align = format === 'mt' && values.align;
  return planOffThread({ format, text, opts: { ...opts, align, blog: languages } }, deferred);
}

/**
 * The import page's upload: a Movable Type or WordPress export, imported or dry-run for the
 * owner. Size is capped before the body is read. A refused file is answered at once with an
 * error code the page puts in words. A client that accepts application/x-ndjson (the page) gets
 * the answer streamed as newline-delimited JSON, a
 * `{progress: {done, total}}` line every few entries and the report last
 * (server/import/import-stream.ts), so the page shows a true count while a large export comes in;
 * other clients get the report as one JSON object at the end.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return crossOriginRefusal();
  const user = await requireRole('owner');
  // Multipart framing and the other fields add a little to the file's own size.
  const length = Number(request.headers.get('content-length'));
  if (!length) return refuse('required', 411, 'file');
  if (length > IMPORT_UPLOAD_MAX + 16_384) return refuse('fileTooLarge', 413, 'file');
  const form = await request.formData().catch(() => null);
  const parsed = exportImportSchema.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue?.message ?? 'invalid', 400, String(issue?.path[0] ?? 'file'));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await parsed.data.file.arrayBuffer());
  } catch {
    return refuse('notText', 422, 'file');
  }
  let pending: PendingImport;
  try {
    pending = await prepare(text, parsed.data, user.id);
  } catch (error) {
    if (error instanceof WxrFileError) return refuse('notWxr', 422, 'file');
    // Nothing was written: the page says so in words, not as a server error.
    if (error instanceof ImportWorkerError) return refuse('importFailed', 422, 'file');
    throw error;
  }
  if (parsed.data.media) {
    // Copied before the run (and its progress lines), so blocks are written with the new addresses.
    const copied = await copyImportMedia(pending.units, pending.opts);
    pending = {
      ...pending,
      units: copied.units,
      report: { ...pending.report, media: copied.media },
    };
  }
  const after = (report: ImportReport) => {
    if (!report.dryRun && report.posts.some((p) => p.result === 'created')) expirePublicPages();
  };
  if (!request.headers.get('accept')?.includes(NDJSON)) {
    // Scripts asking for plain JSON get the report at the end, as before.
    const report = await runImportYielding(pending.units, pending.report, pending.opts);
    after(report);
    return Response.json({ ok: true, data: report }, { headers: NO_STORE });
  }
  const body = streamImport(pending, after);
  // Not compressible (a buffering proxy or gzip would hold the progress lines back).
  return new Response(body, {
    headers: {
      'content-type': `${NDJSON}; charset=utf-8`,
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
