import 'server-only';
import { and, eq, like } from 'drizzle-orm';
import { getDb } from '@/db';
import { media, settings } from '@/db/schema';
import { checkAccent } from '@/lib/accent';

/** An uploaded image by id, or null when it is gone or is not an image (audio, video). */
export function getImageMedia(id: number) {
  return (
    getDb()
      .select({ id: media.id, fileName: media.fileName, contentType: media.contentType })
      .from(media)
      .where(and(eq(media.id, id), like(media.contentType, 'image/%')))
      .get() ?? null
  );
}

/** An uploaded image by its stored name (the logo route serves images only). */
export function getImageMediaByName(fileName: string) {
  return (
    getDb()
      .select({ id: media.id })
      .from(media)
      .where(and(eq(media.fileName, fileName), like(media.contentType, 'image/%')))
      .get() ?? null
  );
}

export type BlogLook = {
  /** The accent as stored, when it still passes the contrast check; null = the built-in one. */
  accentColor: string | null;
  /** The logo's stored file name; null when none is set or its media row is gone. */
  logoFile: string | null;
};

/** The blog's accent and logo. The logo is joined, not trusted: no foreign key guards the id. */
export function getBlogLook(): BlogLook {
  const row = getDb()
    .select({ accentColor: settings.accentColor, logoFile: media.fileName })
    .from(settings)
    .leftJoin(media, and(eq(media.id, settings.logoMediaId), like(media.contentType, 'image/%')))
    .where(eq(settings.id, 1))
    .get();
  const accent = row?.accentColor ?? null;
  return {
    accentColor: accent && checkAccent(accent)?.ok ? accent : null,
    logoFile: row?.logoFile ?? null,
  };
}
