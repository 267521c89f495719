import 'server-only';
import { randomUUID } from 'node:crypto';
import { uniqueSlug } from '@/db/queries/imports';
import type { ImportComment } from '@/db/queries/import-writes';
import type { BlockInput } from '@/lib/blocks/types';
import type { ImportDropped } from '@/lib/import/import-report';
import type { LineDropped } from '@/lib/import/mt/dropped';
import type { MtComment } from '@/lib/import/mt/entry';
import { mtCommentFields } from '@/lib/import/mt/fields';
import { BLOCK_TEXT_MAX, codePoints, slugify, TITLE_MAX } from '@/lib/validations/post';
import { BLOCKS_MAX, type CommentStatus } from '@/lib/model';
import { ImportProblem, type Drafted, type ImportUnit, type Planned } from './run-import';

/** Pieces planners share: the report's dropped rows, limits, slugs and comment rows. */
export const reported = ({ line, element, reason, excerpt }: LineDropped): ImportDropped => ({
  line,
  element,
  reason,
  excerpt,
});

export function checkTitle(title: string) {
  if (codePoints(title) > TITLE_MAX)
    throw new ImportProblem(`title is longer than ${TITLE_MAX} characters`);
}

export function checkBlocks(blocks: BlockInput[]) {
  // The editor's limit: a post with more blocks could be neither edited nor saved again.
  if (blocks.length > BLOCKS_MAX)
    throw new ImportProblem(`${blocks.length} blocks: a post holds at most ${BLOCKS_MAX}`);
  if (blocks.some((b) => Object.values(b.texts).some((t) => t && codePoints(t) > BLOCK_TEXT_MAX)))
    throw new ImportProblem(`a block is longer than ${BLOCK_TEXT_MAX} characters`); // only an alt text can be: text is split
}

/** The first free slug among the given candidates (a basename, the title), else `fallback`. */
export function planSlug(candidates: string[], fallback: string, taken: Set<string>): string {
  const base = candidates.map((c) => slugify(c.replace(/\//g, '-'))).find(Boolean) ?? fallback;
  return uniqueSlug(base, taken);
}

/** A drafted plan with its slug picked against the slugs this run has taken. */
export function settle(drafted: Drafted, taken: Set<string>): Planned {
  const { slug, plan, ...rest } = drafted;
  const input = { ...plan.input, slug: planSlug(slug.candidates, slug.fallback, taken) };
  return { ...rest, plan: { ...plan, input } };
}

/** A unit planned by drafting (no database) and settling its slug: the in-process path. */
export function draftedUnit(
  unit: Omit<ImportUnit, 'plan' | 'draft'>,
  draft: (warn: (message: string) => void) => Drafted,
): ImportUnit {
  return { ...unit, draft, plan: (slugs, warn) => settle(draft(warn), slugs) };
}

export type CommentSource = MtComment & {
  ref: string;
  parentRef: string | null;
  state: CommentStatus;
};

/** Comments as rows: HTML to text, limits applied, every cut listed; empty ones skipped with a warning. */
export function commentRows(
  list: CommentSource[],
  key: string,
  language: string,
  dropped: ImportDropped[],
  warn: (m: string) => void,
): ImportComment[] {
  return list.flatMap((c, index) => {
    const fields = mtCommentFields(c);
    dropped.push(...fields.dropped.map(reported));
    if (!fields.body) {
      warn(`comment ${index + 1} is empty: skipped`);
      return [];
    }
    return [
      {
        ref: c.ref,
        parentRef: c.parentRef,
        authorName: fields.name,
        authorEmail: fields.email ?? `unknown-${randomUUID().slice(0, 8)}@invalid`,
        body: fields.body,
        language,
        status: c.state,
        reason: 'imported',
        createdAt: c.date,
        idempotencyKey: `${key}:${c.ref}`,
      },
    ];
  });
}
