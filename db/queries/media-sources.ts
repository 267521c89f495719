import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { writeTx, getDb } from '@/db';
import { auditLog, media } from '@/db/schema';
import type { MediaInput } from './media';

/**
 * Records a file an import copied from another site. The source address is kept in the audit
 * row's details (the media table has no column for it), which is also where imported posts keep
 * their keys: a later import of the same address reuses the file instead of copying it again.
 */
export function recordImportedMedia(input: MediaInput, source: string, actorId: number) {
  return writeTx((tx) => {
    const row = tx
      .insert(media)
      .values({ ...input, uploadedBy: actorId || null })
      .returning()
      .get();
    tx.insert(auditLog)
      .values({
        actorId: actorId || null,
        action: 'media.import',
        entity: 'media',
        entityId: row.id,
        details: { fileName: input.fileName, source },
      })
      .run();
    return row;
  });
}

/** Source address → stored file name, for files imported before that still exist. */
export function importedMediaSources(): Map<string, string> {
  const rows = getDb()
    .select({
      source: sql<string>`json_extract(${auditLog.details}, '$.source')`,
      fileName: media.fileName,
    })
    .from(auditLog)
    .innerJoin(media, eq(media.id, auditLog.entityId))
    .where(and(eq(auditLog.action, 'media.import'), eq(auditLog.entity, 'media')))
    .all();
  return new Map(
    rows.filter((r) => typeof r.source === 'string').map((r) => [r.source, r.fileName]),
  );
}
