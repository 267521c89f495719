import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, writeTx } from '@/db';
import { auditLog, media } from '@/db/schema';

export type MediaInput = { fileName: string; contentType: string; size: number };

/** Records an uploaded file (already written to the media folder). */
export function recordMedia(input: MediaInput, actorId: number) {
  return writeTx((tx) => {
    const row = tx
      .insert(media)
      .values({ ...input, uploadedBy: actorId })
      .returning()
      .get();
    tx.insert(auditLog)
      .values({
        actorId,
        action: 'media.upload',
        entity: 'media',
        entityId: row.id,
        details: { fileName: input.fileName },
      })
      .run();
    return row;
  });
}

export function getMedia({ fileName }: { fileName: string }) {
  return (
    getDb()
      .select({ fileName: media.fileName, contentType: media.contentType, size: media.size })
      .from(media)
      .where(eq(media.fileName, fileName))
      .get() ?? null
  );
}

/** The latest uploads, newest first. */
export function listMedia({ limit = 50 }: { limit?: number } = {}) {
  return getDb()
    .select({
      fileName: media.fileName,
      contentType: media.contentType,
      size: media.size,
      createdAt: media.createdAt,
    })
    .from(media)
    .orderBy(desc(media.id))
    .limit(limit)
    .all();
}
