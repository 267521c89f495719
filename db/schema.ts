import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  BLOCK_KINDS,
  COMMENT_POLICIES,
  COMMENT_STATUSES,
  EMAIL_MAX,
  FOOTER_STYLES,
  MAIL_STATUSES,
  POST_STATUSES,
  POST_VISIBILITIES,
  READING_VIEWS,
  ROLES,
  SUGGESTION_STATUSES,
  BLOCK_TEXT_MAX,
  type ReadingFace,
  COMMENT_NAME_MAX,
  type PerLanguage,
} from '../lib/model';

// Timestamps are UTC milliseconds; the blog's time zone applies only when displaying.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// The vocabulary lives in a pure module so that client code never imports this file.
export {
  BLOCK_KINDS,
  COMMENT_POLICIES,
  COMMENT_STATUSES,
  FOOTER_STYLES,
  MAIL_STATUSES,
  POST_STATUSES,
  POST_VISIBILITIES,
  READING_VIEWS,
  ROLES,
  SUGGESTION_STATUSES,
} from '../lib/model';
export type {
  BlockKind,
  CommentPolicy,
  CommentStatus,
  FooterStyle,
  MailStatus,
  PerLanguage,
  PostVisibility,
  SuggestionStatus,
  ReadingView,
  Role,
} from '../lib/model';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    // Bumped on sign-out, password reset or role change: older sessions stop working.
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    check('users_role', inList('role', ROLES)),
    check('users_name_len', sql`length(${t.name}) between 1 and 80`),
    check('users_email_len', sql`length(${t.email}) between 3 and 254`),
  ],
);

export const settings = sqliteTable(
  'settings',
  {
    // A single row: the blog's settings.
    id: integer('id').primaryKey(),
    titles: text('titles', { mode: 'json' }).$type<PerLanguage>().notNull(),
    descriptions: text('descriptions', { mode: 'json' }).$type<PerLanguage>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    defaultLanguage: text('default_language').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    defaultView: text('default_view', { enum: READING_VIEWS }).notNull().default('side-by-side'),
    postsPerPage: integer('posts_per_page').notNull().default(10),
    commentPolicy: text('comment_policy', { enum: COMMENT_POLICIES }).notNull().default('hold-all'),
    linkLimit: integer('link_limit').notNull().default(2),
    holdWords: text('hold_words').notNull().default(''),
    blockWords: text('block_words').notNull().default(''),
    rateLimit: text('rate_limit').notNull().default('5/10m'),
    threadDepth: integer('thread_depth').notNull().default(3),
    closeCommentsAfterDays: integer('close_comments_after_days'),
    footerStyle: text('footer_style', { enum: FOOTER_STYLES }).notNull().default('seesaa'),
    // Email the owner for every new held comment or translation suggestion.
    notifyOwner: integer('notify_owner', { mode: 'boolean' }).notNull().default(false),
    // Sent mail (outbox rows and .eml files) is deleted after this many days. No CHECK (zod guards
    // it): adding one would make drizzle-kit rebuild the table.
    mailRetentionDays: integer('mail_retention_days').notNull().default(30),
    // The blog's look. Accent: '#rrggbb' checked for contrast by the settings schema; null = default.
    accentColor: text('accent_color'),
    // The uploaded logo (header, favicon, apple-touch icon); null = the built-in mark. No foreign
    // key: drizzle-kit's ADD COLUMN drops ON DELETE, so readers join and a deleted file reads as null.
    logoMediaId: integer('logo_media_id'),
    // Reading face per language ('serif' or 'sans'); a language not listed reads in sans.
    readingFaces: text('reading_faces', { mode: 'json' })
      .$type<Partial<Record<string, ReadingFace>>>()
      .notNull()
      .default(sql`'{}'`),
  },
  // footer_style has no CHECK: adding one would make drizzle-kit rebuild the table (zod guards it).
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_view', inList('default_view', READING_VIEWS)),
    check('settings_policy', inList('comment_policy', COMMENT_POLICIES)),
    check('settings_ppp', sql`${t.postsPerPage} between 1 and 100`),
    check('settings_depth', sql`${t.threadDepth} between 1 and 10`),
  ],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    names: text('names', { mode: 'json' }).$type<PerLanguage>().notNull(),
    // Categories nest (no cycles: checked on save); deleting a parent lifts its children to the top.
    parentId: integer('parent_id').references((): AnySQLiteColumn => categories.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [index('categories_parent_idx').on(t.parentId)],
);

/** Tags: flat, any number per post, named per language like categories. */
export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  names: text('names', { mode: 'json' }).$type<PerLanguage>().notNull(),
});

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    // A published post whose time is in the future is scheduled.
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    originalLanguage: text('original_language').notNull(),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    commentsOpen: integer('comments_open', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    // Set while the post is in the trash: it is not public, and neither are its comments.
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    // Who may read it once published (db/queries/posts.ts isPublic is the one rule). No CHECK:
    // adding one would make drizzle-kit rebuild the table (zod and the writers guard it).
    visibility: text('visibility', { enum: POST_VISIBILITIES }).notNull().default('public'),
    // Argon2id hash of the reader password of a 'password' post; null otherwise.
    passwordHash: text('password_hash'),
    // The byline name an import brought (the export's author), shown instead of the user's name.
    authorDisplayName: text('author_display_name'),
    // The cover image (an upload or an http(s) URL): cards, the post's top, feeds, the share card.
    coverSrc: text('cover_src'),
  },
  (t) => [
    check('posts_status', inList('status', POST_STATUSES)),
    check('posts_slug', sql`length(${t.slug}) between 1 and 120`),
    check('posts_published_has_time', sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
    index('posts_published_idx').on(t.status, t.publishedAt),
    index('posts_category_idx').on(t.categoryId),
  ],
);

/**
 * Every category of a post, in the owner's order. posts.category_id stays as the primary one
 * (the first here): the Seesaa footer line and the admin filter read it.
 */
export const postCategories = sqliteTable(
  'post_categories',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.categoryId] }),
    index('post_categories_category_idx').on(t.categoryId),
  ],
);

export const postTags = sqliteTable(
  'post_tags',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), index('post_tags_tag_idx').on(t.tagId)],
);

export const postTranslations = sqliteTable(
  'post_translations',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt'),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.language] }),
    check('post_translations_title', sql`length(${t.title}) between 1 and 200`),
    check(
      'post_translations_excerpt',
      sql`${t.excerpt} is null or length(${t.excerpt}) between 1 and 1000`,
    ),
  ],
);

export const blocks = sqliteTable(
  'blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: BLOCK_KINDS }).notNull(),
    // Image blocks: the media URL; the per-language text is the caption (and alt text). A gallery
    // holds one image URL a line; embed, audio and video blocks their address (lib/blocks/media.ts).
    src: text('src'),
    // Image blocks: where the picture links to, if anywhere.
    href: text('href'),
  },
  (t) => [
    uniqueIndex('blocks_post_position').on(t.postId, t.position),
    check('blocks_kind', inList('kind', BLOCK_KINDS)),
  ],
);

// A block's text in one language. No row means "not translated": never an empty string.
export const blockTexts = sqliteTable(
  'block_texts',
  {
    blockId: integer('block_id')
      .notNull()
      .references(() => blocks.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    text: text('text').notNull(),
    // On a translation: the original's text it was made from. When the original changes, the
    // translation is stale until someone edits it or says it is still correct. Null on the original.
    sourceText: text('source_text'),
    // The reader whose suggestion became this translation (credited on the page).
    creditName: text('credit_name'),
    // The words without their Markdown (searchText): what the search index holds, written beside
    // the text by every writer because the index's triggers cannot run the parser.
    plain: text('plain'),
  },
  (t) => [
    primaryKey({ columns: [t.blockId, t.language] }),
    check('block_texts_len', sql`length(${t.text}) between 1 and 20000`),
  ],
);

// What every reader submission (a comment, a suggestion) records besides its text: who sent it,
// why the policy held it, how a moderator judged it, and the key that makes a double submit one row.
const submissionColumns = () => ({
  authorName: text('author_name').notNull(),
  authorEmail: text('author_email').notNull(),
  // Why the policy held or blocked it (shown to moderators).
  reason: text('reason'),
  ipHash: text('ip_hash'),
  userAgent: text('user_agent'),
  createdAt: createdAt(),
  moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
  moderatedAt: integer('moderated_at', { mode: 'timestamp_ms' }),
  idempotencyKey: text('idempotency_key').unique(),
});

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id, {
      onDelete: 'cascade',
    }),
    // Set when a signed-in owner or moderator replies.
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    language: text('language').notNull(),
    status: text('status', { enum: COMMENT_STATUSES }).notNull().default('pending'),
    ...submissionColumns(),
    // The reader asked for one email when a reply to this comment is approved (explicit consent).
    notifyReplies: integer('notify_replies', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    check('comments_status', inList('status', COMMENT_STATUSES)),
    check('comments_name_len', sql`length(${t.authorName}) between 1 and 80`),
    check('comments_email_len', sql`length(${t.authorEmail}) between 3 and 254`),
    check('comments_body_len', sql`length(${t.body}) between 1 and 5000`),
    check(
      'comments_no_nul',
      sql`instr(${t.body}, char(0)) = 0 and instr(${t.authorName}, char(0)) = 0`,
    ),
    index('comments_post_status_idx').on(t.postId, t.status, t.createdAt),
    index('comments_status_idx').on(t.status, t.createdAt),
    index('comments_email_idx').on(t.authorEmail, t.status),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_created_idx').on(t.createdAt),
    index('audit_actor_idx').on(t.actorId, t.createdAt),
  ],
);

export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    // The whole post as the editor saved it, so a restore is exact.
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('revisions_post_idx').on(t.postId, t.createdAt)],
);

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull().unique(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

// Sliding-window counters for rate limits and sign-in throttling; shared by every process.
export const throttleEvents = sqliteTable(
  'throttle_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bucket: text('bucket').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('throttle_bucket_idx').on(t.bucket, t.at)],
);

// A reader's proposed translation of one block. Never public before a moderator accepts it; the
// email is for moderators only.
export const suggestions = sqliteTable(
  'suggestions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    // Null once the block is removed from the post; the original text below still says what it was.
    blockId: integer('block_id').references(() => blocks.id, { onDelete: 'set null' }),
    language: text('language').notNull(),
    body: text('body').notNull(),
    // The block's original text when the reader wrote the suggestion.
    originalText: text('original_text').notNull(),
    status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('pending'),
    ...submissionColumns(),
  },
  (t) => [
    check('suggestions_status', inList('status', SUGGESTION_STATUSES)),
    check('suggestions_body_len', sql.raw(`length(body) between 1 and ${BLOCK_TEXT_MAX}`)),
    check('suggestions_name_len', sql.raw(`length(author_name) between 1 and ${COMMENT_NAME_MAX}`)),
    check('suggestions_email_len', sql.raw(`length(author_email) between 3 and ${EMAIL_MAX}`)),
    index('suggestions_status_idx').on(t.status, t.createdAt),
    index('suggestions_post_idx').on(t.postId, t.status),
  ],
);

// Outgoing mail, written in the same transaction as what caused it and sent later with retries.
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    // Extra headers (List-Unsubscribe and the like) as a JSON object.
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    check('mail_outbox_status', inList('status', MAIL_STATUSES)),
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

// Purges owed to HTTP caches in front (PURGE_URLS): one row per cache and key set, sent after the
// change and retried until delivered, then deleted. A change while a row waits bumps `generation`,
// so a send that raced the change does not delete the row (it goes again).
export const edgePurges = sqliteTable(
  'edge_purges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    target: text('target').notNull(),
    keys: text('keys').notNull(),
    generation: integer('generation').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('edge_purges_target_keys_idx').on(t.target, t.keys),
    index('edge_purges_due_idx').on(t.nextAttemptAt),
  ],
);

export type User = typeof users.$inferSelect;
export type Settings = typeof settings.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type PostTranslation = typeof postTranslations.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Suggestion = typeof suggestions.$inferSelect;
export type MailRow = typeof mailOutbox.$inferSelect;
export type EdgePurgeRow = typeof edgePurges.$inferSelect;

/**
 * Old addresses that answer 301: a path the blog had before an import (or one the owner adds)
 * leads to a post (its current URL) or to a path on this site. Paths are stored normalised
 * (lib/redirects/path.ts).
 */
/**
 * Addresses that proved they want reply mail (double opt-in): a first mail carries a signed link,
 * and no reply notice goes to an address until it is opened. Keyed by a hash of the lowercased
 * address, so the table keeps no address of its own once the comments that named it are gone.
 */
export const emailConfirmations = sqliteTable('email_confirmations', {
  emailHash: text('email_hash').primaryKey(),
  // When the last confirmation mail was queued: at most one a day per address (no mail bombing).
  requestedAt: integer('requested_at', { mode: 'timestamp_ms' }),
  // Null until the link is opened, and again after an unsubscribe withdraws the consent.
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
});

export const redirects = sqliteTable(
  'redirects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromPath: text('from_path').notNull().unique(),
    postId: integer('post_id').references(() => posts.id, { onDelete: 'cascade' }),
    toPath: text('to_path'),
    createdAt: createdAt(),
  },
  (t) => [
    check('redirects_one_target', sql`(${t.postId} is null) <> (${t.toPath} is null)`),
    check('redirects_from_len', sql`length(${t.fromPath}) between 1 and 2000`),
  ],
);
