import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db';
import { posts } from '@/db/schema';
import type { PostVisibility } from '@/lib/model';
import type { PlannedAuthor } from '@/lib/import/authors';
import { assignImportAuthor } from './import-authors';
import { addPostRedirects } from './redirects';

/** What an import keeps beyond the text: who may read it, whose name it bears, its old links. */
export type ImportedAccess = {
  visibility: PostVisibility;
  /** Argon2id hash of the export's reader password (a password post only). */
  passwordHash: string | null;
  /** The export author's name, shown in the byline. */
  authorName: string | null;
  /** The export author and the user chosen for them (absent: the importer's). */
  author?: PlannedAuthor | null;
  /** Old addresses, normalised (lib/redirects/path.ts): each answers 301 to the post. */
  oldPaths: string[];
};

/** Written in the import's transaction, right after the post itself. */
export function writeImportAccess(tx: Tx, postId: number, access: ImportedAccess, actorId: number) {
  if ((access.visibility === 'password') !== (access.passwordHash !== null)) {
    throw new Error('A password post needs a password hash, and only it.');
  }
  tx.update(posts)
    .set({
      visibility: access.visibility,
      passwordHash: access.passwordHash,
      authorDisplayName: access.authorName?.trim() || null,
    })
    .where(eq(posts.id, postId))
    .run();
  addPostRedirects(tx, postId, access.oldPaths);
  if (access.author) assignImportAuthor(tx, postId, access.author, actorId);
}
