import path from 'node:path';
import { env } from '@/lib/env';

export const MEDIA_MAX_BYTES = 5 * 1024 * 1024;
/** Stored names: random hex plus the extension of the sniffed type. */
export const MEDIA_FILE_PATTERN = /^[a-f0-9]{32}\.(png|jpg|webp|gif|mp3|m4a|ogg|wav|mp4|webm)$/;

/**
 * The policy uploads are served with: the site's static policy plus `sandbox`, so a file opened
 * directly can run nothing. proxy.ts must leave /media/ alone, or its page policy replaces this.
 */
export const MEDIA_POLICY =
  "default-src 'none'; sandbox; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export type ImageType = { mime: string; ext: 'png' | 'jpg' | 'webp' | 'gif' };

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The image type from the file's first bytes; the name and the client's content type are not trusted. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (
    bytes.length >= 8 &&
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)
  )
    return { mime: 'image/png', ext: 'png' };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6)))
    return { mime: 'image/gif', ext: 'gif' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return { mime: 'image/webp', ext: 'webp' };
  return null;
}

/** Uploads live beside the database, in the data folder's `media` directory. */
export function mediaDir(): string {
  return path.join(path.dirname(path.resolve(env().DATABASE_PATH)), 'media');
}
