// The domain's vocabulary: enum values and the types named after them. Pure (imports nothing), so
// client components, validations and db/schema.ts can all share it; db/schema.ts builds its enums
// and CHECK constraints from these tuples.

export const ROLES = ['owner', 'moderator'] as const;
export const POST_STATUSES = ['draft', 'published'] as const;
/** Who may read a published post: everyone, readers who know its password, or signed-in staff. */
export const POST_VISIBILITIES = ['public', 'password', 'private'] as const;
export const BLOCK_KINDS = [
  'heading',
  'subheading',
  'paragraph',
  'quote',
  'list',
  'image',
  'code',
  // Media (issue 21): their per-language text is a caption (an embed's: its title).
  'gallery',
  'embed',
  'audio',
  'video',
  // The excerpt break (`<!--more-->`): listings and feeds show each language's text before it.
  'more',
] as const;
export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export const READING_VIEWS = ['side-by-side', 'single', 'interleaved'] as const;
export const COMMENT_POLICIES = ['hold-all', 'trust-approved', 'approve-all'] as const;
/** A reader's proposed translation of one block, waiting for a moderator. */
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected', 'spam'] as const;
/** Mail waits in a durable queue: sending never blocks the request that caused it. */
export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
/** The post footer: the seed's Seesaa shape in English words, or in the page's UI language. */
export const FOOTER_STYLES = ['seesaa', 'localized'] as const;
/** The body face a language reads in (settings); headings and the UI stay sans. */
export const READING_FACES = ['sans', 'serif'] as const;

export type Role = (typeof ROLES)[number];
export type PostVisibility = (typeof POST_VISIBILITIES)[number];
export type BlockKind = (typeof BLOCK_KINDS)[number];
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export type ReadingView = (typeof READING_VIEWS)[number];
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export type MailStatus = (typeof MAIL_STATUSES)[number];
export type FooterStyle = (typeof FOOTER_STYLES)[number];
export type ReadingFace = (typeof READING_FACES)[number];
export type PerLanguage = Record<string, string>;
/** A post's title and excerpt per language. */
export type Translations = Record<string, { title: string; excerpt: string | null }>;

// Length limits, counted in code points everywhere (zod refinements and SQL CHECKs agree).
export const EMAIL_MAX = 254;
export const USER_NAME_MAX = 80;
export const COMMENT_NAME_MAX = 80;
export const COMMENT_BODY_MAX = 5000;
export const TITLE_MAX = 200;
export const EXCERPT_MAX = 1000;
export const BLOCK_TEXT_MAX = 20000;
export const SLUG_MAX = 120;
export const BLOCKS_MAX = 2000;
/** Values for the `{nameMax}`-style placeholders in the comment error messages. */
export const COMMENT_LIMITS = {
  nameMax: COMMENT_NAME_MAX,
  emailMax: EMAIL_MAX,
  bodyMax: COMMENT_BODY_MAX,
};

/** Length as people and SQLite's length() count it: code points, not UTF-16 units. */
export const codePoints = (s: string) => [...s].length;

// Shared by the sign-in and user schemas (client and server) and the hasher.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;
