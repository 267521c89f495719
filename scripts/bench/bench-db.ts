// Read-only look-ups in the bench database, for the ids and the current form values that the admin's
// actions take. The bench writes nothing itself: changes go through the running app (or a CLI).
// Uses the app's own queries on DATABASE_PATH, which run.ts points at the throwaway database.
import { eq } from 'drizzle-orm';
import { valuesFromPost } from '@/app/[locale]/(admin)/admin/posts/_editor/editor-values';
import { getDb } from '@/db';
import { getAdminPost } from '@/db/queries/admin-posts';
import { getCategoryBySlug } from '@/db/queries/categories';
import { getSettings } from '@/db/queries/settings';
import { posts } from '@/db/schema';
import { monthOf, monthPath } from '@/lib/archive/months';
import { utcToLocalTime, type PostFormValues } from '@/lib/validations/post';
import { settingsFormValues, type SettingsFormValues } from '@/lib/validations/settings';

export function postIdOf(slug: string): number {
  const row = getDb().select({ id: posts.id }).from(posts).where(eq(posts.slug, slug)).get();
  if (!row) throw new Error(`no post "${slug}" in the bench database`);
  return row.id;
}

/** The post editor's values for a post, as its edit page would fill the form. */
export function postForm(slug: string): { id: number; values: PostFormValues } {
  const id = postIdOf(slug);
  return { id, values: valuesFromPost(getAdminPost({ id })!, getSettings()) };
}

export function categoryOf(slug: string) {
  const category = getCategoryBySlug({ slug });
  if (!category) throw new Error(`no category "${slug}" in the bench database`);
  return category;
}

/** The month archive (`/ja/archives/2026/11`) holding `date`, in the blog's time zone. */
export function archivePathAt(date: Date, locale = 'ja'): string {
  return `/${locale}/archives/${monthPath(monthOf(date, getSettings().timeZone))}`;
}

/** The month archive holding a published post. */
export function archivePathOf(slug: string, locale = 'ja'): string {
  const post = getAdminPost({ id: postIdOf(slug) });
  if (!post?.publishedAt) throw new Error(`post "${slug}" has no publication time`);
  return archivePathAt(post.publishedAt, locale);
}

/** `date` as the editor's datetime-local text in the blog's time zone. */
export const localTime = (date: Date) => utcToLocalTime(date, getSettings().timeZone);

/** The settings form's values, as the settings page fills them. */
export const settingsForm = (): SettingsFormValues => settingsFormValues(getSettings());
