import 'server-only';
import type { ImportedAccess } from '@/db/queries/import-access';
import type { ImportAccess } from '@/lib/import/access';
import { hashPostPasswordSync } from '@/server/auth/password';

/**
 * The plan's access part: the export's reader password hashed here (the plan never holds it in
 * clear), the report told what became of a post that is not simply public.
 */
export function plannedAccess(
  access: ImportAccess,
  extra: Pick<ImportedAccess, 'authorName' | 'author' | 'oldPaths'>,
  warn: (message: string) => void,
): ImportedAccess {
  if (access.note) warn(access.note);
  return {
    visibility: access.visibility,
    passwordHash: access.password ? hashPostPasswordSync(access.password) : null,
    ...extra,
  };
}
