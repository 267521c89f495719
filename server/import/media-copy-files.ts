import 'server-only';
import { recordImportedMedia } from '@/db/queries/media-sources';
import type { MediaFailureReason } from '@/lib/import/import-report';
import { storable, writeMediaFile } from '@/server/media-store';
import type { Wanted } from './media-copy-blocks';
import { fetchMedia, type FetchOptions } from './media-fetch';

export type Copied =
  { ok: true; fileName: string } | { ok: false; reason: MediaFailureReason; status?: number };

const wrongSort = (wanted: Wanted): MediaFailureReason =>
  wanted === 'image' ? 'notImage' : 'notAudioVideo';

/**
 * One file from the old site stored as an upload is: the type read from its bytes, an image
 * decoded and encoded again (nothing but its pixels kept), audio and video as sent; then recorded
 * with its source address so a later import reuses it.
 */
export async function copyFile(
  url: string,
  wanted: Wanted,
  actorId: number,
  opts: FetchOptions,
): Promise<Copied> {
  const fetched = await fetchMedia(url, opts);
  if (!fetched.ok) return fetched;
  const stored = await storable(fetched.bytes);
  if (!stored.ok)
    return {
      ok: false,
      reason: stored.error === 'unsupportedType' ? wrongSort(wanted) : stored.error,
    };
  const isImage = stored.type.mime.startsWith('image/');
  if (isImage !== (wanted === 'image')) return { ok: false, reason: wrongSort(wanted) };
  const { bytes, type } = stored;
  const fileName = await writeMediaFile(bytes, type.ext);
  recordImportedMedia({ fileName, contentType: type.mime, size: bytes.length }, url, actorId);
  return { ok: true, fileName };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the results in order. */
export async function pooled<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
