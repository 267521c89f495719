import type { BlockInput } from '@/lib/blocks/types';

// Shared by the query tests that save bilingual posts (en original, ja translation).

/** A draft post input with the given blocks. */
export const draftPost = (slug: string, blocks: BlockInput[]) => ({
  slug,
  status: 'draft' as const,
  publishedAt: null,
  originalLanguage: 'en',
  categoryId: null,
  commentsOpen: true,
  translations: { en: { title: 'T', excerpt: null }, ja: { title: '題', excerpt: null } },
  blocks,
});

/** A paragraph block: English text, its Japanese translation or null, and the stored id to keep. */
export const para = (en: string, ja: string | null = null, id?: number): BlockInput => ({
  id,
  kind: 'paragraph',
  texts: { en, ja },
});
