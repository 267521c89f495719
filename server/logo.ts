import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { LOGO_RENDITIONS, type LogoRendition } from '@/lib/logo';
import { MEDIA_MAX_PIXELS } from '@/server/media-encode';
import { mediaDir } from '@/server/media';

// Uploaded files are written once under random names, so a rendition never goes stale. Kept per
// process (the last 32, oldest out first) and shared by requests arriving together: the route is
// public, and any image's name would otherwise cost a decode and resize per request.
const KEEP = 32;
const rendered = new Map<string, Promise<Buffer | null>>();

/**
 * An uploaded (already re-encoded) image as a PNG rendition of the logo; null when the file is
 * missing or does not decode (not kept: the file may arrive).
 */
export function renderLogo(fileName: string, rendition: LogoRendition): Promise<Buffer | null> {
  const key = `${rendition}/${fileName}`;
  const kept = rendered.get(key);
  if (kept) return kept;
  const made = render(fileName, rendition);
  rendered.set(key, made);
  if (rendered.size > KEEP) rendered.delete(rendered.keys().next().value!);
  void made.then((png) => {
    if (!png && rendered.get(key) === made) rendered.delete(key);
  });
  return made;
}

async function render(fileName: string, rendition: LogoRendition) {
  const bytes = await readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName)).catch(
    () => null,
  );
  if (!bytes) return null;
  const { width, height, square } = LOGO_RENDITIONS[rendition];
  return sharp(bytes, { limitInputPixels: MEDIA_MAX_PIXELS })
    .resize({
      width,
      height,
      fit: square ? 'contain' : 'inside',
      background: { r: 0, g: 0, b: 0, alpha: 0 },
      withoutEnlargement: !square,
    })
    .png()
    .toBuffer()
    .catch(() => null);
}
