import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { categories, posts, users } from '@/db/schema';
import type { BlockInput } from '@/lib/blocks/types';
import type { PasteImportResult } from '@/lib/import/paste/import';
import { splitLongBlocks } from '@/lib/import/paste/split';
import { dateSlug } from '@/lib/slug';
import { SLUG_MAX, slugify, TITLE_MAX } from '@/lib/validations/post';
import { importedBlocks } from '@/lib/blocks/legacy';
import { savePost, type PostInput } from './post-editor';
import { getSettings } from './settings';

/** What a paste proposes, before the owner corrects it: languages, titles, slug, category, blocks. */
export type PasteProposal = {
  slug: string;
  originalLanguage: string;
  translationLanguage: string;
  titles: Record<string, string>;
  categoryId: number | null;
  blocks: BlockInput[];
};

const clip = (text: string, max: number) =>
  [...text.replace(/\s+/g, ' ').trim()].slice(0, max).join('');

/** `base`, else `base-2`, `base-3`…: the first slug no post (and no name in `taken`) uses. */
export function uniqueSlug(base: string, taken: Set<string> = new Set()): string {
  const free = (s: string) =>
    !taken.has(s) && !getDb().select({ id: posts.id }).from(posts).where(eq(posts.slug, s)).get();
  if (!base) {
    // Nothing usable in the title (kanji only): the day in the blog's zone, numbered from 1.
    const today = new Date();
    const { timeZone } = getSettings();
    for (let n = 1; ; n++)
      if (free(dateSlug(today, timeZone, n))) return dateSlug(today, timeZone, n);
  }
  const root = base;
  if (free(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
    if (free(candidate)) return candidate;
  }
}

/** A category whose name (in any language) or slug is `name`. */
export function findCategoryByName(name: string) {
  const wanted = name.normalize('NFC').trim();
  return (
    getDb()
      .select({ id: categories.id, slug: categories.slug })
      .from(categories)
      .where(
        sql`${categories.slug} = ${wanted} or exists (select 1 from json_each(${categories.names}) where value = ${wanted})`,
      )
      .get() ?? null
  );
}

/**
 * Titles: the page title or headline where there was one; the original may fall back to its
 * first block, but a translation never does (its first text is a body paragraph, not a title:
 * the owner names it).
 */
function proposedTitles(result: PasteImportResult): Record<string, string> {
  const { originalLanguage, translationLanguage } = result.meta;
  const titles: Record<string, string> = {};
  for (const l of [originalLanguage, translationLanguage]) {
    const fromPage = result.meta.title?.[l];
    const fromBlock =
      l === originalLanguage
        ? result.blocks.map((b) => b.texts[l]).find((t): t is string => !!t)
        : undefined;
    const title = fromPage ?? fromBlock;
    if (title) titles[l] = clip(title, TITLE_MAX);
  }
  return titles;
}

export function proposalFromPaste(result: PasteImportResult): PasteProposal {
  const titles = proposedTitles(result);
  const { originalLanguage, translationLanguage } = result.meta;
  const slugSource =
    [titles[originalLanguage], ...Object.values(titles)]
      .map((t) => slugify(t ?? ''))
      .find(Boolean) ?? '';
  const category = result.meta.category ? findCategoryByName(result.meta.category) : null;
  // Over-long paragraphs become several blocks, so saving never meets the length check.
  const { blocks } = splitLongBlocks(result.blocks, originalLanguage);
  return {
    slug: uniqueSlug(slugSource),
    originalLanguage,
    translationLanguage,
    titles,
    categoryId: category?.id ?? null,
    blocks: importedBlocks(blocks),
  };
}

/** The proposal as a draft post input; the translation language is kept only if it has text. */
export function proposalToPostInput(p: PasteProposal): PostInput {
  const translated = p.blocks.some((b) => b.texts[p.translationLanguage]);
  const languages = translated ? [p.originalLanguage, p.translationLanguage] : [p.originalLanguage];
  return {
    slug: p.slug,
    status: 'draft',
    publishedAt: null,
    originalLanguage: p.originalLanguage,
    categoryId: p.categoryId,
    commentsOpen: true,
    translations: Object.fromEntries(
      // An untitled translation borrows the original's title until the owner writes one.
      languages.map((l) => [
        l,
        { title: p.titles[l] ?? p.titles[p.originalLanguage] ?? p.slug, excerpt: null },
      ]),
    ),
    blocks: p.blocks.map((b) => ({
      ...b,
      texts: Object.fromEntries(languages.map((l) => [l, b.texts[l] ?? null])),
    })),
  };
}

/** The first active owner: command-line imports are saved in their name. */
export function defaultImportAuthor() {
  return (
    getDb()
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(sql`${users.role} = 'owner' and ${users.disabled} = 0`)
      .orderBy(users.id)
      .get() ?? null
  );
}

/** Saves a paste proposal as a draft; returns the new post's id and slug. */
export function savePasteDraft(p: PasteProposal, actorId: number) {
  const input = proposalToPostInput(p);
  return { id: savePost(input, { actorId }), slug: input.slug, blocks: input.blocks.length };
}
