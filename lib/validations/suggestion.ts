import { z } from 'zod';
import { BLOCK_TEXT_MAX } from '@/lib/model';
import { BODY_CONTROLS, commentSchema, readerText } from './comment';

/** A suggestion becomes the block's text, so it has the block's limit (the table's CHECK agrees). */
export const SUGGESTION_TEXT_MAX = BLOCK_TEXT_MAX;

/** Every message this schema adds to the comment fields' ones: keys of the `errors` messages. */
export const SUGGESTION_ERRORS = [
  'blockInvalid',
  'languageInvalid',
  'suggestionRequired',
  'suggestionTooLong',
  'suggestionControl',
] as const;

const error = (message: (typeof SUGGESTION_ERRORS)[number]) => ({ error: message });

// A form sends the id as text, a script as a number; anything else is not a block of any post.
const blockId = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value),
  z
    .number(error('blockInvalid'))
    .int(error('blockInvalid'))
    .positive(error('blockInvalid'))
    .max(Number.MAX_SAFE_INTEGER, error('blockInvalid')),
);

// The shape of a language code (as the blog's settings allow); whether the post has it is the server's call.
const language = z
  .string(error('languageInvalid'))
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, error('languageInvalid'));

// Name, email, key and honeypot are the comment form's very fields: one set of rules for readers.
const { name, email, idempotencyKey, website } = commentSchema.shape;

/** The suggestion form and the JSON API: parsed in the browser and again on the server. */
export const suggestionSchema = z.object(
  {
    blockId,
    language,
    text: readerText(
      {
        required: 'suggestionRequired',
        control: 'suggestionControl',
        tooLong: 'suggestionTooLong',
      },
      SUGGESTION_TEXT_MAX,
      BODY_CONTROLS,
      (s) => s.replace(/\r\n?/g, '\n'),
    ),
    name,
    email,
    idempotencyKey,
    website,
  },
  { error: 'invalidRequest' },
);

export type SuggestionValues = z.output<typeof suggestionSchema>;
