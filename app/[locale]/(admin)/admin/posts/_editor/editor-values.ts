import 'server-only';
import type { AdminPost } from '@/db/queries/admin-posts';
import type { PasteProposal } from '@/db/queries/imports';
import type { Settings } from '@/db/schema';
import type { BlockInput } from '@/lib/blocks/types';
import { pick as pickName } from '@/lib/format';
import { utcToLocalTime, type PostFormValues } from '@/lib/validations/post';

/** Every language the form can offer: the blog's, plus any the post already has. */
export function formLanguages(settings: Settings, own: string[] = []): string[] {
  return [...new Set([...settings.languages, ...own])];
}

function formBlocks(blocks: BlockInput[], languages: string[]): PostFormValues['blocks'] {
  return blocks.map((b) => ({
    id: b.id ?? null,
    kind: b.kind,
    src: b.src ?? null,
    href: b.href ?? null,
    texts: Object.fromEntries(languages.map((l) => [l, b.texts[l] ?? null])),
  }));
}

function formTranslations(
  languages: string[],
  titles: Record<string, string>,
  excerpts: Record<string, string | null> = {},
) {
  return Object.fromEntries(
    languages.map((l) => [l, { title: titles[l] ?? '', excerpt: excerpts[l] ?? '' }]),
  );
}

export function emptyValues(settings: Settings): PostFormValues {
  const languages = formLanguages(settings);
  const original = settings.defaultLanguage;
  return {
    slug: '',
    categoryIds: [],
    tags: [],
    originalLanguage: original,
    translationLanguages: languages.filter((l) => l !== original).slice(0, 1),
    translations: formTranslations(languages, {}),
    commentsOpen: true,
    coverSrc: '',
    status: 'draft',
    publishedAt: '',
    blocks: formBlocks([{ kind: 'paragraph', texts: {} }], languages),
  };
}

export function valuesFromPost(post: AdminPost, settings: Settings): PostFormValues {
  const languages = formLanguages(settings, post.languages);
  const pick = (key: 'title' | 'excerpt') =>
    Object.fromEntries(Object.entries(post.translations).map(([l, t]) => [l, t[key] ?? '']));
  return {
    slug: post.slug,
    categoryIds: post.categories.map((c) => String(c.id)),
    tags: post.tags.map((tag) => pickName(tag.names, post.originalLanguage) || tag.slug),
    originalLanguage: post.originalLanguage,
    translationLanguages: post.languages.filter((l) => l !== post.originalLanguage),
    translations: formTranslations(languages, pick('title'), pick('excerpt')),
    commentsOpen: post.commentsOpen,
    coverSrc: post.coverSrc ?? '',
    status: post.status,
    publishedAt: post.publishedAt ? utcToLocalTime(post.publishedAt, settings.timeZone) : '',
    blocks: formBlocks(post.blocks, languages),
  };
}

export function valuesFromProposal(p: PasteProposal, settings: Settings): PostFormValues {
  const languages = formLanguages(settings, [p.originalLanguage, p.translationLanguage]);
  return {
    ...emptyValues(settings),
    slug: p.slug,
    categoryIds: p.categoryId ? [String(p.categoryId)] : [],
    originalLanguage: p.originalLanguage,
    translationLanguages: [p.translationLanguage],
    translations: formTranslations(languages, p.titles),
    blocks: formBlocks(p.blocks, languages),
  };
}
