import { z } from 'zod';

import { COMMENT_BODY_MAX, COMMENT_NAME_MAX, EMAIL_MAX, codePoints } from '@/lib/model';

export { codePoints, EMAIL_MAX } from '@/lib/model';
export const NAME_MAX = COMMENT_NAME_MAX;
export const BODY_MAX = COMMENT_BODY_MAX;

/** Every message this schema can produce: keys of the `errors` messages. */
export const COMMENT_ERRORS = [
  'invalidRequest',
  'invalidType',
  'nul',
  'surrogate',
  'encoding',
  'nameRequired',
  'nameTooLong',
  'nameControl',
  'emailRequired',
  'emailInvalid',
  'emailTooLong',
  'bodyRequired',
  'bodyTooLong',
  'bodyControl',
  'parentInvalid',
  'keyInvalid',
] as const;
export type CommentError = (typeof COMMENT_ERRORS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What a decoder puts where bytes were not valid UTF-8: a form post's fields arrive already
// decoded, so this is the one sign of a broken encoding that the action and the API both see.
const REPLACEMENT = '\uFFFD';
// C0 and C1 controls; the body may keep tab and line breaks.
const NAME_CONTROLS = /[\u0001-\u001F\u007F-\u009F]/;
export const BODY_CONTROLS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Embeddings, overrides and isolates: in a name they could flip the text around it.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const error = (message: string) => ({ error: message });

function textProblem<K extends string>(value: string, controls: RegExp, control: K) {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (value.includes(REPLACEMENT)) return 'encoding';
  return controls.test(value) ? control : null;
}

/**
 * Text that is refused, not repaired, when it holds NUL, a lone surrogate, U+FFFD (bytes that were
 * not UTF-8) or a control character; then normalized (NFC, trimmed) and measured in code points.
 */
export function readerText<K extends string>(
  keys: { required: K; control: K; tooLong: K },
  max: number,
  controls: RegExp,
  clean: (s: string) => string,
) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? keys.required : 'invalidType',
    })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, controls, keys.control);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
    })
    .transform((value) => clean(value).normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, error(keys.required))
        .refine((value) => codePoints(value) <= max, error(keys.tooLong)),
    );
}

const optionalId = z.preprocess(
  (value) =>
    value === '' || value === null
      ? undefined
      : typeof value === 'string' && /^\d{1,15}$/.test(value)
        ? Number(value)
        : value,
  z
    .number(error('parentInvalid'))
    .int(error('parentInvalid'))
    .positive(error('parentInvalid'))
    .max(Number.MAX_SAFE_INTEGER, error('parentInvalid'))
    .optional(),
);

const checkbox = z
  .unknown()
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true');

/** The comment form and the JSON API: the one schema, parsed in the browser and again on the server. */
export const commentSchema = z.object(
  {
    name: readerText<CommentError>(
      { required: 'nameRequired', control: 'nameControl', tooLong: 'nameTooLong' },
      NAME_MAX,
      NAME_CONTROLS,
      (s) => s.replace(BIDI_CONTROLS, ''),
    ),
    email: z
      .string({
        error: (issue) =>
          issue.input === undefined || issue.input === null ? 'emailRequired' : 'invalidType',
      })
      .trim()
      .toLowerCase()
      .pipe(
        z
          .string()
          .min(1, error('emailRequired'))
          .max(EMAIL_MAX, error('emailTooLong'))
          .pipe(z.email(error('emailInvalid'))),
      ),
    body: readerText<CommentError>(
      { required: 'bodyRequired', control: 'bodyControl', tooLong: 'bodyTooLong' },
      BODY_MAX,
      BODY_CONTROLS,
      (s) => s.replace(/\r\n?/g, '\n'),
    ),
    parentId: optionalId,
    // Sent by the form so a double click or a retry stores one comment, never two.
    idempotencyKey: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string(error('keyInvalid'))
        .regex(/^[A-Za-z0-9_-]{16,128}$/, error('keyInvalid'))
        .optional(),
    ),
    // The honeypot: a field people never see, so a value means a bot filled it in.
    website: z
      .unknown()
      .optional()
      .transform((value) =>
        typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null,
      ),
    remember: checkbox,
    // Consent to one email per approved reply; off unless the reader ticks it (or the API sends true).
    notifyReplies: checkbox,
  },
  error('invalidRequest'),
);

export type CommentValues = z.output<typeof commentSchema>;
