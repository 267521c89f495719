// Loaded when the reader starts to write (comment-form.tsx imports it on first focus), so zod and
// the resolver are not part of the post page's first load. The same schema the action parses.
import { zodResolver } from '@hookform/resolvers/zod';
import { commentSchema } from '@/lib/validations/comment';
import { COMMENT_FIELDS, type Field } from './comment-form-view';

const resolve = zodResolver(commentSchema);

/** The first problem with each field, as a key of the `errors` messages; empty when all is well. */
export async function validateComment(
  values: Record<string, unknown>,
): Promise<Partial<Record<Field, string>>> {
  const result = await resolve(values as Parameters<typeof resolve>[0], undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  const errors = result.errors as Record<string, { message?: string } | undefined>;
  return Object.fromEntries(
    COMMENT_FIELDS.flatMap((f) => (errors[f]?.message ? [[f, errors[f].message]] : [])),
  );
}
