import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listMedia, recordMedia } from '@/db/queries/media';
import { requireRole } from '@/server/dal';
import { MEDIA_MAX_BYTES, mediaDir } from '@/server/media';
import { sniffAv, type AvType } from '@/server/media-av';
import { reencodeImage, type MediaError, type Reencoded } from '@/server/media-encode';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';

const refuse = (error: string, status: number) => Response.json({ error }, { status });
const REFUSAL_STATUS: Record<MediaError, number> = {
  unsupportedType: 415,
  undecodable: 422,
  tooManyPixels: 413,
  tooLarge: 413,
};

/** An image re-encoded; an audio or video file (sniffed) as sent; anything else refused. */
async function storable(
  input: Uint8Array,
): Promise<Reencoded | { ok: true; bytes: Uint8Array; type: AvType }> {
  const image = await reencodeImage(input);
  if (image.ok || image.error !== 'unsupportedType') return image;
  const av = sniffAv(input);
  return av ? { ok: true, bytes: input, type: av } : image;
}

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
  const fileName = `${randomBytes(16).toString('hex')}.${type.ext}`;
  await mkdir(mediaDir(), { recursive: true });
  await writeFile(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName), bytes, { flag: 'wx' });
  recordMedia({ fileName, contentType: type.mime, size: bytes.length }, user.id);
  return Response.json({ url: `/media/${fileName}` }, { status: 201 });
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
