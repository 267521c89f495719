import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mediaDir } from '@/server/media';
import { sniffAv, type AvType } from '@/server/media-av';
import { reencodeImage, type Reencoded } from '@/server/media-encode';

export type Storable = Reencoded | { ok: true; bytes: Uint8Array; type: AvType };

/** An image re-encoded; an audio or video file (sniffed) as sent; anything else refused. */
export async function storable(input: Uint8Array): Promise<Storable> {
  const image = await reencodeImage(input);
  if (image.ok || image.error !== 'unsupportedType') return image;
  const av = sniffAv(input);
  return av ? { ok: true, bytes: input, type: av } : image;
}

/** Writes a file into the media folder under a fresh random name (never an existing one). */
export async function writeMediaFile(bytes: Uint8Array, ext: string): Promise<string> {
  const fileName = `${randomBytes(16).toString('hex')}.${ext}`;
  await mkdir(mediaDir(), { recursive: true });
  await writeFile(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName), bytes, { flag: 'wx' });
  return fileName;
}
