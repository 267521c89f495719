import { z } from 'zod';
import { isLocale } from '@/lib/i18n/config';

export const POST_TRASH_OPS = ['trash', 'restore', 'delete'] as const;
export const POST_BULK_MAX = 100;

// A form sends one `ids` field or several; a script may send an array.
const ids = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : [v].flat()),
  z.array(z.coerce.number().int().positive()).min(1, { error: 'noSelection' }).max(POST_BULK_MAX),
);

/** A row button sends `target=trash:12`; the bulk buttons send `op` with the ticked `ids`. */
function fromRowButton(input: unknown): unknown {
  if (!input || typeof input !== 'object' || !('target' in input)) return input;
  if (typeof input.target !== 'string') return input;
  const [op, id] = input.target.split(':');
  return { ...input, op, ids: [id] };
}

/**
 * The post list's trash form. Deleting for good needs `confirm=yes`, which only the confirmation
 * page sends; without it the action shows that page instead of deleting.
 */
export const postTrashSchema = z.preprocess(
  fromRowButton,
  z.object({
    locale: z.string().refine(isLocale),
    op: z.enum(POST_TRASH_OPS),
    ids,
    confirm: z.literal('yes').optional(),
  }),
);

/** `?ids=1,2` or `?ids=1&ids=2` on the confirmation page; anything else is dropped. */
export function idsFromQuery(value: string | string[] | undefined): number[] {
  const parts = [value ?? []].flat().flatMap((v) => v.split(','));
  const numbers = parts.filter((p) => /^\d{1,9}$/.test(p)).map(Number);
  return [...new Set(numbers)].filter((n) => n > 0).slice(0, POST_BULK_MAX);
}
