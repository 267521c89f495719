import { z } from 'zod';
import {
  BLOCK_KINDS,
  BLOCK_TEXT_MAX,
  BLOCKS_MAX,
  codePoints,
  EXCERPT_MAX,
  POST_STATUSES,
  SLUG_MAX,
  TITLE_MAX,
} from '@/lib/model';
import { wallTimeOf, zonedTimeToUtc } from '@/lib/time-zone';
import { imageHref, isMediaKind, mediaSrc, textOptional, type MediaKind } from '@/lib/blocks/media';
import { tagNameText, TERMS_PER_POST_MAX } from './tag-name';
import { imageSrc } from './url';

/** Which error a media block's bad address gets. */
const SRC_ERRORS: Record<MediaKind, string> = {
  image: 'imageSrc',
  gallery: 'gallerySrc',
  embed: 'embedUrl',
  audio: 'mediaUrl',
  video: 'mediaUrl',
};

// Limits match the CHECKs in db/schema.ts; lengths are code points, as SQLite's length() counts.
export { BLOCK_TEXT_MAX, codePoints, EXCERPT_MAX, SLUG_MAX, TITLE_MAX } from '@/lib/model';
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
/** A datetime-local value: wall-clock time in the blog's time zone. */
export const LOCAL_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

// The slug rule lives in lib/slug.ts (kana romanized); re-exported for the forms that use it.
export { slugify } from '@/lib/slug';

/** Empty means "not translated": null, never an empty string. Trailing space is dropped. */
const cellText = (value: string | null | undefined) =>
  value && value.trim() ? value.replace(/\s+$/, '') : null;

const blockSchema = z.object({
  // The stored block this row edits; none for a new one (the server ignores ids not of this post).
  id: z.number().int().positive().nullish(),
  kind: z.enum(BLOCK_KINDS),
  src: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null),
  // Image blocks: where the picture links to (optional).
  href: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null),
  texts: z.record(z.string(), z.string().nullish()),
});

const translationSchema = z.object({ title: z.string().trim(), excerpt: z.string().trim() });

const baseSchema = z.object({
  // Empty only on a draft: the save gives it a date slug (publishing needs one, see below).
  slug: z
    .string()
    .trim()
    .refine((s) => codePoints(s) <= SLUG_MAX, { error: 'tooLong' })
    .refine((s) => s === '' || SLUG_PATTERN.test(s), { error: 'slugFormat' }),
  // Checked categories (the first is the primary one) and tag names, found or created on save.
  categoryIds: z
    .array(z.string().regex(/^\d+$/, { error: 'invalid' }))
    .max(TERMS_PER_POST_MAX, { error: 'tooMany' }),
  tags: z.array(tagNameText).max(TERMS_PER_POST_MAX, { error: 'tooMany' }),
  originalLanguage: z.string().regex(LANGUAGE_PATTERN, { error: 'invalid' }),
  translationLanguages: z.array(z.string().regex(LANGUAGE_PATTERN)).max(5),
  translations: z.record(z.string(), translationSchema),
  commentsOpen: z.boolean(),
  // Optional: an upload or an http(s) address (checked below).
  coverSrc: z.string().trim().default(''),
  status: z.enum(POST_STATUSES),
  publishedAt: z
    .string()
    .trim()
    .refine((v) => v === '' || LOCAL_TIME_PATTERN.test(v), { error: 'dateFormat' }),
  blocks: z.array(blockSchema).min(1, { error: 'noBlocks' }).max(BLOCKS_MAX, { error: 'tooMany' }),
});

type Base = z.output<typeof baseSchema>;
type Issue = { path: (string | number)[]; message: string };

function languagesOf(v: Base): string[] {
  return [v.originalLanguage, ...v.translationLanguages.filter((l) => l !== v.originalLanguage)];
}

const publishing = (v: Base) => v.status === 'published';

/**
 * Publishing needs the original's title; translations' titles are never required (readers see
 * the original's meanwhile). An excerpt is stored with its title, so it needs one.
 */
function translationIssues(v: Base): Issue[] {
  return languagesOf(v).flatMap((l) => {
    const t = v.translations[l] ?? { title: '', excerpt: '' };
    const issues: Issue[] = [];
    if (!t.title && l === v.originalLanguage && publishing(v))
      issues.push({ path: ['translations', l, 'title'], message: 'required' });
    else if (!t.title && t.excerpt)
      issues.push({ path: ['translations', l, 'title'], message: 'titleForExcerpt' });
    if (codePoints(t.title) > TITLE_MAX)
      issues.push({ path: ['translations', l, 'title'], message: 'tooLong' });
    if (codePoints(t.excerpt) > EXCERPT_MAX)
      issues.push({ path: ['translations', l, 'excerpt'], message: 'tooLong' });
    return issues;
  });
}

function blockIssues(v: Base): Issue[] {
  const languages = languagesOf(v);
  return v.blocks.flatMap((b, i) => {
    const issues: Issue[] = [];
    if (isMediaKind(b.kind) && !mediaSrc(b.kind, b.src))
      issues.push({ path: ['blocks', i, 'src'], message: SRC_ERRORS[b.kind] });
    if (b.kind === 'image' && b.href && !imageHref(b.href))
      issues.push({ path: ['blocks', i, 'href'], message: 'linkUrl' });
    if (publishing(v) && !textOptional(b.kind) && !cellText(b.texts[v.originalLanguage])) {
      issues.push({ path: ['blocks', i, 'texts', v.originalLanguage], message: 'required' });
    }
    for (const l of languages) {
      if (codePoints(b.texts[l] ?? '') > BLOCK_TEXT_MAX)
        issues.push({ path: ['blocks', i, 'texts', l], message: 'tooLong' });
    }
    return issues;
  });
}

/**
 * The post editor's form. Output: only the post's languages are kept, empty cells become null
 * (not translated), and the publication time stays wall-clock text for the server to place in
 * the blog's time zone.
 */
/** A draft holds something: one character of a title, an excerpt or a block, in any language. */
function draftIssues(v: Base): Issue[] {
  if (publishing(v)) return v.slug ? [] : [{ path: ['slug'], message: 'required' }];
  const languages = languagesOf(v);
  const written =
    languages.some((l) => v.translations[l]?.title || v.translations[l]?.excerpt) ||
    v.blocks.some(
      (b) => (isMediaKind(b.kind) && b.src) || languages.some((l) => cellText(b.texts[l])),
    );
  return written
    ? []
    : [{ path: ['translations', v.originalLanguage, 'title'], message: 'emptyDraft' }];
}

export const postSchema = baseSchema
  .superRefine((v, ctx) => {
    if (v.coverSrc && !imageSrc(v.coverSrc))
      ctx.addIssue({ code: 'custom', path: ['coverSrc'], message: 'imageSrc' });
    for (const issue of draftIssues(v)) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of [...translationIssues(v), ...blockIssues(v)])
      ctx.addIssue({ code: 'custom', ...issue });
  })
  .transform((v) => {
    const languages = languagesOf(v);
    return {
      slug: v.slug,
      categoryIds: [...new Set(v.categoryIds.map(Number))],
      tags: [...new Set(v.tags.filter(Boolean))],
      originalLanguage: v.originalLanguage,
      translationLanguages: languages.slice(1),
      commentsOpen: v.commentsOpen,
      coverSrc: v.coverSrc ? imageSrc(v.coverSrc) : null,
      status: v.status,
      publishedAt: v.publishedAt || null,
      // A language without a title yet has no title row; its blocks keep it among the post's.
      translations: Object.fromEntries(
        languages
          .filter((l) => v.translations[l]?.title)
          .map((l) => [
            l,
            { title: v.translations[l]!.title, excerpt: v.translations[l]!.excerpt || null },
          ]),
      ),
      blocks: v.blocks.map((b) => ({
        id: b.id ?? null,
        kind: b.kind,
        // The parser's normalized form (checked above), so what is stored is what renderers accept.
        src: mediaSrc(b.kind, b.src),
        href: b.kind === 'image' ? imageHref(b.href) : null,
        // The excerpt break is a marker: it has no text.
        texts: Object.fromEntries(
          languages.map((l) => [l, b.kind === 'more' ? null : cellText(b.texts[l])]),
        ),
      })),
    };
  });

export type PostFormValues = z.input<typeof postSchema>;
export type PostFormOutput = z.output<typeof postSchema>;

/** The editor's save action: the form plus which post it edits (null for a new one). */
export const savePostSchema = z.object({
  id: z.number().int().positive().nullable(),
  post: postSchema,
});

/** A datetime-local value in `timeZone` as a UTC instant. */
export function localTimeToUtc(value: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = value
    .split(/[-T:]/)
    .map(Number);
  return zonedTimeToUtc({ year, month, day, hour, minute, second }, timeZone);
}

/** A UTC instant as a datetime-local value (to the second) in `timeZone`. */
export function utcToLocalTime(date: Date, timeZone: string): string {
  const w = wallTimeOf(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
}
