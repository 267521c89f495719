import type { BlockKind } from '@/lib/model';
import { imageSrc, parseHttpUrl } from '@/lib/validations/url';
import { parseEmbed } from './embed';

/** Kinds whose block is a thing with an address: their text is an optional caption. */
export const MEDIA_KINDS = ['image', 'gallery', 'embed', 'audio', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const isMediaKind = (kind: BlockKind): kind is MediaKind =>
  (MEDIA_KINDS as readonly string[]).includes(kind);

/** Kinds that need no text in the original language. */
export const textOptional = (kind: BlockKind) => isMediaKind(kind) || kind === 'more';

export const GALLERY_MAX = 24;
/** An uploaded audio or video file, as the media route names it. */
const LOCAL_AV = /^\/media\/[a-z0-9]+\.(?:mp3|m4a|ogg|wav|mp4|webm)$/;

/** An audio or video block's address: an upload or an http(s) URL; null for anything else. */
export function avSrc(value: string): string | null {
  if (LOCAL_AV.test(value)) return value;
  return parseHttpUrl(value)?.href ?? null;
}

/** A gallery's addresses, one a line (blank lines ignored). */
export const galleryLines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A gallery's images normalized, or null when one is bad, there are none or too many. */
export function gallerySrc(value: string): string[] | null {
  const lines = galleryLines(value);
  if (lines.length === 0 || lines.length > GALLERY_MAX) return null;
  const images = lines.map(imageSrc);
  return images.every((src) => src !== null) ? (images as string[]) : null;
}

/**
 * A media block's address as stored and rendered (normalized), or null when it is not one this
 * kind accepts. Non-media kinds have no address.
 */
export function mediaSrc(kind: BlockKind, value: string | null | undefined): string | null {
  if (!value || !isMediaKind(kind)) return null;
  switch (kind) {
    case 'image':
      return imageSrc(value);
    case 'gallery':
      return gallerySrc(value)?.join('\n') ?? null;
    case 'embed':
      return parseEmbed(value)?.url ?? null;
    default:
      return avSrc(value);
  }
}

/** An image's link: an http(s) URL or a path on this site (never `//host` or a script); else null. */
export function imageHref(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\/(?![/\\])[^\s\\]*$/.test(value) && value.length <= 2048) return value;
  return parseHttpUrl(value)?.href ?? null;
}
