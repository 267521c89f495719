import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeTx, type Tx } from '@/db';
import { auditLog, categories, postTags, tags } from '@/db/schema';
import type { PlannedTaxonomy, TermLevel } from '@/lib/import/taxonomy-plan';
import { slugify } from '@/lib/slug';
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/validations/post';

type Table = typeof categories | typeof tags;
type Kind = 'category' | 'tag';

/** What an import did (or would do) with one category or tag. */
export type TermOutcome = {
  kind: Kind;
  name: string;
  slug: string;
  result: 'created' | 'reused';
  /** A category's parent's slug. */
  parent?: string;
};
export type ResolvedTaxonomy = { categoryIds: number[]; tagIds: number[]; outcomes: TermOutcome[] };

const usable = (slug: string | null) =>
  !!slug && SLUG_PATTERN.test(slug) && [...slug].length <= SLUG_MAX;

/**
 * An existing term: by the file's slug first (so a re-import finds what it made), else by a name in
 * any language: among the same parent's children for a category with a known place (WordPress
 * allows one name under two parents), anywhere for flat names (`parentId` undefined).
 */
function existing(tx: Tx, table: Table, level: TermLevel, parentId: number | null | undefined) {
  const select = () =>
    tx.select({ id: table.id, slug: table.slug, names: table.names }).from(table);
  if (level.slug) {
    const bySlug = select().where(eq(table.slug, level.slug)).get();
    if (bySlug) return bySlug;
  }
  for (const name of Object.values(level.names)) {
    const named = sql`exists (select 1 from json_each(${table.names}) where value = ${name})`;
    const place =
      parentId === undefined || table !== categories
        ? sql`(${table.slug} = ${name} or ${named})`
        : and(
            named,
            parentId === null ? isNull(categories.parentId) : eq(categories.parentId, parentId),
          );
    const found = select().where(place).get();
    if (found) return found;
  }
  return null;
}

function freeSlug(tx: Tx, table: Table, level: TermLevel, kind: Kind): string {
  if (usable(level.slug)) return level.slug!;
  const name = Object.values(level.names)[0] ?? '';
  const base = slugify(name) || slugify(level.slug ?? '') || kind;
  const taken = (s: string) =>
    !!tx.select({ id: table.id }).from(table).where(eq(table.slug, s)).get();
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

function resolve(
  tx: Tx,
  kind: Kind,
  level: TermLevel,
  parent: { id: number; slug: string } | null | undefined,
  actorId: number,
  outcomes: TermOutcome[],
) {
  const table = kind === 'category' ? categories : tags;
  const name = Object.values(level.names).join(' / ');
  const note = (slug: string, result: TermOutcome['result']) => {
    if (!outcomes.some((o) => o.kind === kind && o.slug === slug))
      outcomes.push({ kind, name, slug, result, ...(parent ? { parent: parent.slug } : {}) });
  };
  const found = existing(tx, table, level, parent === undefined ? undefined : (parent?.id ?? null));
  if (found) {
    // A Polylang translation brings a name in a language the existing term lacks: added, not replaced.
    const names = { ...level.names, ...found.names };
    if (Object.keys(names).length > Object.keys(found.names).length)
      tx.update(table).set({ names }).where(eq(table.id, found.id)).run();
    note(found.slug, 'reused');
    return { id: found.id, slug: found.slug };
  }
  const slug = freeSlug(tx, table, level, kind);
  const values = { slug, names: level.names };
  const id =
    kind === 'category'
      ? tx
          .insert(categories)
          .values({ ...values, parentId: parent?.id ?? null })
          .returning({ id: categories.id })
          .get().id
      : tx.insert(tags).values(values).returning({ id: tags.id }).get().id;
  if (kind === 'category')
    tx.insert(auditLog)
      .values({ actorId, action: 'category.create', entity: 'category', entityId: id })
      .run();
  note(slug, 'created');
  return { id, slug };
}

/**
 * Inside the post's transaction: every planned category (its parents first) and tag found by slug
 * or name, or created with the file's slug when it is a usable one.
 */
export function resolveTaxonomy(tx: Tx, plan: PlannedTaxonomy, actorId: number): ResolvedTaxonomy {
  const outcomes: TermOutcome[] = [];
  const categoryIds: number[] = [];
  for (const path of plan.categories) {
    // A flat name (no slug, one level) is looked up anywhere; a path from the file by its place.
    let parent: { id: number; slug: string } | null | undefined = path[0]?.slug ? null : undefined;
    for (const level of path) parent = resolve(tx, 'category', level, parent, actorId, outcomes);
    if (parent && !categoryIds.includes(parent.id)) categoryIds.push(parent.id);
  }
  const tagIds = [
    ...new Set(plan.tags.map((l) => resolve(tx, 'tag', l, undefined, actorId, outcomes).id)),
  ];
  return { categoryIds, tagIds, outcomes };
}

/** Replaces a post's tags by id, in order. */
export function setPostTagIds(tx: Tx, postId: number, ids: number[]) {
  tx.delete(postTags).where(eq(postTags.postId, postId)).run();
  ids.forEach((tagId, position) => tx.insert(postTags).values({ postId, tagId, position }).run());
}

class Rollback extends Error {
  constructor(readonly value: TermOutcome[]) {
    super('dry run');
  }
}

/** A dry run's answer: what resolveTaxonomy would create or reuse, found by doing it and rolling back. */
export function previewTaxonomy(plan: PlannedTaxonomy, actorId: number): TermOutcome[] {
  try {
    return writeTx((tx) => {
      throw new Rollback(resolveTaxonomy(tx, plan, actorId).outcomes);
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value;
    throw error;
  }
}
