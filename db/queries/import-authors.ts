import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { posts, users } from '@/db/schema';
import { insertUser } from './users';
import { importAuthorName, type PlannedAuthor } from '@/lib/import/authors';

/**
 * Not an Argon2 hash, so no password ever matches it (server/auth/password.ts): even enabled by
 * mistake, the user cannot sign in until an owner sets a password.
 */
const NO_PASSWORD = '!imported-author';

/** Users that already have these addresses: address → id (the dry run's "existing user"). */
export function usersByEmail(emails: string[]): Map<string, number> {
  if (!emails.length) return new Map();
  const rows = getDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails))
    .all();
  return new Map(rows.map((r) => [r.email, r.id]));
}

/**
 * The user an imported post is given, in the import's transaction: the owner's posts stay the
 * importer's; otherwise the user with the author's address, created disabled (a moderator who
 * cannot sign in) when there is none, so a re-import finds the same one.
 */
export function assignImportAuthor(tx: Tx, postId: number, author: PlannedAuthor, actorId: number) {
  if (author.choice === 'owner') return;
  const found = tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, author.userEmail))
    .get();
  const id = found?.id ?? createAuthorUser(tx, author, actorId);
  tx.update(posts).set({ authorId: id }).where(eq(posts.id, postId)).run();
}

function createAuthorUser(tx: Tx, author: PlannedAuthor, actorId: number): number {
  const input = {
    email: author.userEmail,
    name: importAuthorName(author),
    role: 'moderator' as const,
  };
  return insertUser(tx, { ...input, disabled: true, passwordHash: NO_PASSWORD }, actorId).id;
}
