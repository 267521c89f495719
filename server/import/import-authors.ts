import 'server-only';
import { usersByEmail } from '@/db/queries/import-authors';
import {
  exportAuthors,
  planAuthor,
  type AuthorChoices,
  type ExportAuthor,
  type PlannedAuthor,
} from '@/lib/import/authors';
import type { ImportAuthorReport } from '@/lib/import/import-report';

/**
 * Every author of the file (listed ones, then logins only posts name) with the choice made for
 * them, and the report's rows: whose posts theirs become and how many.
 */
export function planAuthors(
  listed: ExportAuthor[],
  postAuthors: string[],
  choices: AuthorChoices | undefined,
): { byLogin: Map<string, PlannedAuthor>; report: ImportAuthorReport[] } {
  const planned = exportAuthors(listed, postAuthors).map((a) => planAuthor(a, choices));
  const existing = usersByEmail(
    planned.filter((a) => a.choice === 'create').map((a) => a.userEmail),
  );
  const report = planned.map((a): ImportAuthorReport => ({
    login: a.login,
    name: a.name,
    email: a.userEmail,
    choice: a.choice,
    user: a.choice === 'owner' ? 'owner' : existing.has(a.userEmail) ? 'existing' : 'new',
    posts: postAuthors.filter((login) => login === a.login).length,
  }));
  return { byLogin: new Map(planned.map((a) => [a.login, a])), report };
}
