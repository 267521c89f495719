import 'server-only';
import { usersByEmail } from '@/db/queries/import-authors';
import type { ImportAuthorReport } from '@/lib/import/import-report';

/**
 * The report's authors with "new" corrected to "existing" where a user already has the address
 * (that user is reused, unchanged). On the main thread, after planning: the worker has no database.
 */
export function markExistingUsers(rows: ImportAuthorReport[] | undefined): void {
  if (!rows?.length) return;
  const existing = usersByEmail(rows.filter((r) => r.choice === 'create').map((r) => r.email));
  for (const row of rows) if (row.user === 'new' && existing.has(row.email)) row.user = 'existing';
}
