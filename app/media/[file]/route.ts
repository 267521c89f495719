import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getMedia } from '@/db/queries/media';
import { MEDIA_FILE_PATTERN, MEDIA_POLICY, mediaDir } from '@/server/media';

const PROTECT = { 'x-content-type-options': 'nosniff', 'content-security-policy': MEDIA_POLICY };

/**
 * Serves an uploaded image. Names are random and never reused, so the response can be cached
 * for a year; the stored (sniffed) type is sent with nosniff, and a sandboxing CSP keeps a
 * hostile file from doing anything if opened directly.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const row = MEDIA_FILE_PATTERN.test(file) ? getMedia({ fileName: file }) : null;
  const data = row
    ? await readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), row.fileName)).catch(
        () => null,
      )
    : null;
  if (!row || !data)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...PROTECT },
    });
  return new Response(new Uint8Array(data), {
    headers: {
      'content-type': row.contentType,
      'content-length': String(data.length),
      'cache-control': 'public, max-age=31536000, immutable',
      ...PROTECT,
      'content-disposition': 'inline',
    },
  });
}
