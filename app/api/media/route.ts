import { listMedia, recordMedia } from '@/db/queries/media';
import { requireRole } from '@/server/dal';
import { MEDIA_MAX_BYTES } from '@/server/media';
import type { MediaError } from '@/server/media-encode';
import { storable, writeMediaFile } from '@/server/media-store';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';

const refuse = (error: string, status: number) => Response.json({ error }, { status });
const REFUSAL_STATUS: Record<MediaError, number> = {
  unsupportedType: 415,
  undecodable: 422,
  tooManyPixels: 413,
  tooLarge: 413,
};

/**
 * Image, audio and video upload for the owner: the type is sniffed from the bytes, the name is ours, size is capped,
 * and what is stored is the image decoded and re-encoded (no appended payload, no metadata).
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return crossOriginRefusal();
  const user = await requireRole('owner');
  // Refused before reading the body; multipart framing adds a little to the file's own size.
  const length = Number(request.headers.get('content-length'));
  if (!length || length > MEDIA_MAX_BYTES + 16_384)
    return refuse(length ? 'tooLarge' : 'required', length ? 413 : 411);
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse('required', 400);
  if (file.size > MEDIA_MAX_BYTES) return refuse('tooLarge', 413);
  const stored = await storable(new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) return refuse(stored.error, REFUSAL_STATUS[stored.error]);
  const { bytes, type } = stored;
  const fileName = await writeMediaFile(bytes, type.ext);
  const row = recordMedia({ fileName, contentType: type.mime, size: bytes.length }, user.id);
  // The id is what settings store for the logo; the url is what blocks and covers store.
  return Response.json({ url: `/media/${fileName}`, id: row.id }, { status: 201 });
}

/** The owner's recent uploads, e.g. to reuse an image in another post. */
export async function GET() {
  await requireRole('owner');
  return Response.json(
    listMedia().map((m) => ({
      url: `/media/${m.fileName}`,
      contentType: m.contentType,
      size: m.size,
      createdAt: m.createdAt,
    })),
  );
}
