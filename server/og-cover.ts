import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { storedImageSrc } from '@/lib/blocks/stored-src';
import { MEDIA_FILE_PATTERN, mediaDir } from '@/server/media';

export const COVER_SIZE = { width: 420, height: 630 };

/**
 * A post's cover for its share card, as a JPEG data URL the card can draw. Only uploads: an
 * address on another site is not fetched while a card renders (no outside request, no waiting).
 */
export async function coverForCard(src: string | null | undefined): Promise<string | null> {
  const file = storedImageSrc(src)?.replace(/^\/media\//, '');
  if (!file || !MEDIA_FILE_PATTERN.test(file)) return null;
  const bytes = await readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), file)).catch(
    () => null,
  );
  if (!bytes) return null;
  const jpeg = await sharp(bytes)
    .resize({ ...COVER_SIZE, fit: 'cover' })
    .jpeg({ quality: 80 })
    .toBuffer()
    .catch(() => null);
  return jpeg && `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
