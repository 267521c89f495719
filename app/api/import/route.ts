import { getSettings } from '@/db/queries/settings';
import type { ImportReport } from '@/lib/import/import-report';
import { WxrFileError } from '@/lib/import/wxr/parse';
import { requireRole } from '@/server/dal';
import { importMt } from '@/server/import/mt-import';
import { withMediaCopy } from '@/server/import/media-copy';
import { runImportYielding } from '@/server/import/run-import';
import { importWxr } from '@/server/import/wxr-import';
import { expirePublicPages } from '@/server/reader-cache';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';
import { exportImportSchema, IMPORT_UPLOAD_MAX } from '@/lib/validations/import';

const NO_STORE = { 'cache-control': 'no-store' };
const refuse = (error: string, status: number, field?: string) =>
  Response.json(
    { ok: false, error, ...(field ? { fieldErrors: { [field]: [error] } } : {}) },
    { status, headers: NO_STORE },
  );

function run(
  text: string,
  values: { format: string; language: string; align: boolean; dryRun: boolean; media: boolean },
  actorId: number,
): Promise<ImportReport> {
  const opts = {
    dryRun: values.dryRun,
    actorId,
    language: values.language,
    timeZone: getSettings().timeZone,
  };
  // Yielding between entries: readers are served while a large export comes in.
  const runner = values.media ? withMediaCopy(runImportYielding) : runImportYielding;
  return values.format === 'mt'
    ? importMt(text, { ...opts, align: values.align }, runner)
    : importWxr(text, opts, runner);
}

/**
 * The import page's upload (the page shows its progress): a Movable Type or WordPress export,
 * imported or dry-run for the owner. Size is capped before the body is read; the answer is the
 * report, or an error code the page puts in words.
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
  let report: ImportReport;
  try {
    report = await run(text, parsed.data, user.id);
  } catch (error) {
    if (error instanceof WxrFileError) return refuse('notWxr', 422, 'file');
    throw error;
  }
  if (!parsed.data.dryRun && report.posts.some((p) => p.result === 'created')) expirePublicPages();
  return Response.json({ ok: true, data: report }, { headers: NO_STORE });
}
