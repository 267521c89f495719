import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { LOGO_RENDITIONS, type LogoRendition } from '@/lib/logo';
import { MEDIA_MAX_PIXELS } from '@/server/media-encode';
import { mediaDir } from '@/server/media';

/**
 * An uploaded (already re-encoded) image as a PNG rendition of the logo; null when the file is
 * missing or does not decode. Browsers and the page cache keep the result: it is made rarely.
 */
export async function renderLogo(fileName: string, rendition: LogoRendition) {
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
