import { slugify } from '@/lib/validations/post';
import type { ImportAuthorReport } from './import-report';

/** An author as the export names them: WXR `<wp:author>` (login, email, display name), MT `AUTHOR:`. */
export type ExportAuthor = { login: string; name: string; email: string | null };

/** What becomes of an export author's posts: the importing owner's, or a disabled user's of their own. */
export const AUTHOR_CHOICES = ['owner', 'create'] as const;
export type AuthorChoice = (typeof AUTHOR_CHOICES)[number];

/** The choice for every author, and per-login exceptions (the dry run's per-author selects). */
export type AuthorChoices = { all: AuthorChoice; by?: Record<string, AuthorChoice> };

/** Mail is never sent under it (RFC 2606 reserves `.invalid`): the user can be told apart as imported. */
const IMPORT_EMAIL_DOMAIN = 'import.invalid';

/** An author with the user they map to decided: `email` is the export's, or one made up under the reserved domain. */
export type PlannedAuthor = ExportAuthor & { choice: AuthorChoice; userEmail: string };

/** FNV-1a, 32 bits in hex: a short stable tag (no crypto: this module also reaches the browser). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_MAX = 80;

/**
 * The address the author's user gets: the export's own (so an existing user with it is reused),
 * else one made from the login under `@import.invalid`; the hash keeps two logins that slugify
 * alike (or not at all: `山田`) apart, and the same login finds the same user on a re-import.
 */
export function importAuthorEmail(author: ExportAuthor): string {
  const given = author.email?.trim().toLowerCase();
  if (given && EMAIL.test(given) && given.length <= 254) return given;
  const hash = fnv1a(author.login);
  const base = slugify(author.login).slice(0, 40) || 'author';
  return `${base}-${hash}@${IMPORT_EMAIL_DOMAIN}`;
}

/** The user's name: the display name, cut to the users table's limit. */
export function importAuthorName(author: ExportAuthor): string {
  const name = [...(author.name.trim() || author.login.trim() || 'Imported author')];
  return name.slice(0, NAME_MAX).join('');
}

export function choiceFor(login: string, choices: AuthorChoices | undefined): AuthorChoice {
  // Own keys only: a login such as "constructor" must not find Object's members.
  const by = choices?.by;
  const own = by && Object.hasOwn(by, login) ? by[login] : undefined;
  return own ?? choices?.all ?? 'owner';
}

export function planAuthor(
  author: ExportAuthor,
  choices: AuthorChoices | undefined,
): PlannedAuthor {
  return {
    ...author,
    choice: choiceFor(author.login, choices),
    userEmail: importAuthorEmail(author),
  };
}

/** The export's authors in order, each login once; posts' authors missing from the list are added by login. */
export function exportAuthors(listed: ExportAuthor[], used: string[]): ExportAuthor[] {
  const byLogin = new Map<string, ExportAuthor>();
  for (const a of listed) if (a.login && !byLogin.has(a.login)) byLogin.set(a.login, a);
  for (const login of used)
    if (login && !byLogin.has(login)) byLogin.set(login, { login, name: login, email: null });
  return [...byLogin.values()];
}

/**
 * Every author of the file (listed ones, then logins only posts name) with the choice made for
 * them, and the report's rows: whose posts theirs become and how many. Pure, so it runs in the
 * planning worker; whether a "create" author's address already has a user is marked afterwards on
 * the main thread (server/import/import-authors.ts), which has the database.
 */
export function planExportAuthors(
  listed: ExportAuthor[],
  postAuthors: string[],
  choices: AuthorChoices | undefined,
): { byLogin: Map<string, PlannedAuthor>; report: ImportAuthorReport[] } {
  const planned = exportAuthors(listed, postAuthors).map((a) => planAuthor(a, choices));
  const report = planned.map((a): ImportAuthorReport => ({
    login: a.login,
    name: a.name,
    email: a.userEmail,
    choice: a.choice,
    user: a.choice === 'owner' ? 'owner' : 'new',
    posts: postAuthors.filter((login) => login === a.login).length,
  }));
  return { byLogin: new Map(planned.map((a) => [a.login, a])), report };
}
