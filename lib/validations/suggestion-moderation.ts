import { z } from 'zod';
import { SUGGESTION_STATUSES } from '@/lib/model';
import { suggestionSchema } from './suggestion';

export const SUGGESTION_PAGE_SIZE = 20;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * A moderator's decision on one suggestion. Accepting publishes `text` (the reader's, possibly
 * edited) under the same rules as a reader's suggestion; rejecting or marking spam needs no text.
 */
export const moderateSuggestionSchema = z.discriminatedUnion('decision', [
  z.object({ id, decision: z.literal('accept'), text: suggestionSchema.shape.text }),
  z.object({ id, decision: z.enum(['reject', 'spam']) }),
]);

/** The suggestion queue's query string: anything unexpected falls back to the default. */
export const suggestionQuerySchema = z.object({
  status: z.enum(SUGGESTION_STATUSES).catch('pending'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
