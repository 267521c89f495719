// Who may call what: the authorization matrix (e2e/authz-matrix.spec.ts) checks every page, server
// action and route handler of the build against these rules. Anything not listed here is treated
// as owner-only, so a new admin page or action is covered without touching this file; a new
// PUBLIC action or route must be added here on purpose.

export type Who = 'anonymous' | 'moderator' | 'owner';
export const EVERYONE: Who[] = ['anonymous', 'moderator', 'owner'];
export const STAFF: Who[] = ['moderator', 'owner'];
export const OWNER: Who[] = ['owner'];

/** Admin pages (routes without groups) that moderators may open; the other admin pages are owner-only. */
export const STAFF_PAGES: RegExp[] = [
  /^\/\[locale\]\/admin$/,
  /^\/\[locale\]\/admin\/comments(\/.*)?$/,
  /^\/\[locale\]\/admin\/suggestions$/,
  /^\/\[locale\]\/admin\/posts$/,
  // Moderators see their own moderation in the audit log (the page narrows it to that).
  /^\/\[locale\]\/admin\/audit$/,
];
export const ADMIN_PAGES = /^\/\[locale\]\/admin(\/.*)?$/;

/** Server actions anyone may call, as `file` (every export) or `file#export`. */
export const PUBLIC_ACTIONS: string[] = [
  'app/[locale]/(auth)/login/actions.ts#signInAction',
  'app/[locale]/(auth)/login/actions.ts#signOutAction',
  // The reader's comment form.
  'app/[locale]/(site)/posts/[slug]/_comments/comment-actions.ts#postComment',
  // The reader's translation suggestion form.
  'app/[locale]/(site)/posts/[slug]/suggest/suggest-actions.ts#postSuggestion',
  // The reader's password form of a password-protected post (throttled per post).
  'app/[locale]/(site)/posts/[slug]/protected/actions.ts#unlockPost',
  // The unsubscribe page's button: the signed token in the form is the only credential.
  'app/[locale]/(site)/unsubscribe/actions.ts#confirmUnsubscribe',
  // The reply-mail confirmation button: the signed token in the form is the only credential.
  'app/[locale]/(site)/confirm-email/actions.ts#confirmReplyMail',
];
/** Actions that end the caller's session: called last for each role. */
export const ENDS_SESSION: string[] = ['app/[locale]/(auth)/login/actions.ts#signOutAction'];
/** Server actions for moderators as well as the owner (by file). */
export const STAFF_ACTIONS: RegExp[] = [
  /^app\/\[locale\]\/\(admin\)\/admin\/comments\//,
  /^app\/\[locale\]\/\(admin\)\/admin\/suggestions\//,
];

/** Route handlers (routes without groups) anyone may call; every other one must refuse anonymous callers and moderators. */
export const PUBLIC_ROUTES: RegExp[] = [
  /^\/api\/auth\/\[\.\.\.nextauth\]$/,
  /^\/\[locale\]\/feed\.xml$/,
  /^\/\[locale\]\/comments\/feed\.xml$/,
  /^\/\[locale\]\/(tags|categories)\/\[slug\]\/feed\.xml$/,
  /^\/\[locale\]\/posts\/\[slug\]\/(opengraph|twitter)-image[^/]*(\/\[__metadata_id__\])?$/,
  // Uploaded images, as readers' browsers load them.
  /^\/media\/\[file\]$/,
  // The blog's look as every page links it: the accent stylesheet and the logo's renditions.
  /^\/accent\/\[file\]$/,
  /^\/logo\/\[size\]\/\[file\]$/,
  /^\/api\/posts\/\[slug\]\/comments$/,
  /^\/api\/posts\/\[slug\]\/suggestions$/,
  // RFC 8058 one-click unsubscribe from a mail: the signed token in the URL is the credential.
  /^\/api\/unsubscribe$/,
  // The reader's own held comments, read from their signed cookie: public, answers only its holder.
  /^\/api\/posts\/\[slug\]\/comments\/mine$/,
  // An imported blog's old links: 301 to a post's address, which itself checks the reader.
  /^\/api\/old-links$/,
  /^\/(sitemap\.xml|robots\.txt|favicon\.ico|manifest\.webmanifest)$/,
];
// Owner-only (unlisted on purpose): the tags screen's actions (admin/tags/actions.ts), /api/media (image uploads), /api/import (export uploads and imports).
export const STAFF_ROUTES: RegExp[] = [];

export function pageAccess(route: string): Who[] {
  return STAFF_PAGES.some((r) => r.test(route)) ? STAFF : OWNER;
}

export function actionAccess(filename: string, exportedName: string): Who[] {
  if (PUBLIC_ACTIONS.some((entry) => entry === filename || entry === `${filename}#${exportedName}`))
    return EVERYONE;
  return STAFF_ACTIONS.some((r) => r.test(filename)) ? STAFF : OWNER;
}

export function routeAccess(route: string): Who[] {
  if (PUBLIC_ROUTES.some((r) => r.test(route))) return EVERYONE;
  return STAFF_ROUTES.some((r) => r.test(route)) ? STAFF : OWNER;
}
