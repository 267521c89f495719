import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import ja from '@/lib/i18n/messages/ja.json';
import { BODY_MAX, COMMENT_ERRORS, commentSchema, EMAIL_MAX, NAME_MAX } from './comment';

const valid = {
  name: 'Hanako',
  email: 'hanako@example.com',
  body: 'Thank you for the translation.',
};

/** Field → message keys of a failed parse (empty when it passes). */
function errors(input: unknown): Record<string, string[]> {
  const result = commentSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (out[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

const parse = (input: object) => commentSchema.parse({ ...valid, ...input });

describe('comment schema', () => {
  it('an empty form gives one required error per field', () => {
    expect(errors({ name: '', email: '', body: '' })).toEqual({
      name: ['nameRequired'],
      email: ['emailRequired'],
      body: ['bodyRequired'],
    });
    expect(errors({})).toEqual({
      name: ['nameRequired'],
      email: ['emailRequired'],
      body: ['bodyRequired'],
    });
    expect(errors({ name: '   ', email: ' ', body: '\n\u3000\n' })).toEqual({
      name: ['nameRequired'],
      email: ['emailRequired'],
      body: ['bodyRequired'],
    });
  });

  it('one bad field leaves the others valid', () => {
    expect(errors({ ...valid, email: 'not-an-email' })).toEqual({ email: ['emailInvalid'] });
    expect(errors({ ...valid, email: 'javascript:alert(1)' })).toEqual({ email: ['emailInvalid'] });
  });

  it('trims, normalizes to NFC, lower-cases the email and keeps newlines in the body', () => {
    const out = parse({
      name: '  Jose\u0301 ',
      email: ' Hanako@Example.COM ',
      body: ' line one\r\nline two\r\n\r\nnext paragraph \n',
    });
    expect(out.name).toBe('Jos\u00e9');
    expect(out.email).toBe('hanako@example.com');
    expect(out.body).toBe('line one\nline two\n\nnext paragraph');
  });

  it('counts code points, not UTF-16 units, for every limit', () => {
    const emoji = '\u{1F600}';
    expect(parse({ name: emoji.repeat(NAME_MAX) }).name).toHaveLength(NAME_MAX * 2);
    expect(errors({ ...valid, name: emoji.repeat(NAME_MAX + 1) })).toEqual({
      name: ['nameTooLong'],
    });
    expect(parse({ body: emoji.repeat(BODY_MAX) }).body).toHaveLength(BODY_MAX * 2);
    expect(errors({ ...valid, body: 'あ'.repeat(BODY_MAX + 1) })).toEqual({
      body: ['bodyTooLong'],
    });
    expect(errors({ ...valid, email: `${'a'.repeat(EMAIL_MAX - 11)}@example.com` })).toEqual({
      email: ['emailTooLong'],
    });
    expect(errors({ ...valid, body: 'x'.repeat(100_000) })).toEqual({ body: ['bodyTooLong'] });
  });

  it('refuses NUL, lone surrogates and control characters instead of repairing them', () => {
    expect(errors({ ...valid, name: 'Ha\u0000nako', body: 'a\u0000b' })).toEqual({
      name: ['nul'],
      body: ['nul'],
    });
    expect(errors({ ...valid, body: 'broken \uD83D here' })).toEqual({ body: ['surrogate'] });
    expect(errors({ ...valid, name: '\uDE00x' })).toEqual({ name: ['surrogate'] });
    expect(errors({ ...valid, name: 'Tab\tName' })).toEqual({ name: ['nameControl'] });
    expect(errors({ ...valid, name: 'Line\nbreak' })).toEqual({ name: ['nameControl'] });
    expect(errors({ ...valid, body: 'bell \u0007' })).toEqual({ body: ['bodyControl'] });
    expect(parse({ body: 'tab\tkept' }).body).toBe('tab\tkept');
  });

  it('refuses U+FFFD, what invalid UTF-8 decodes to, in name and body alike', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0x63, 0x61, 0x66, 0xff, 0xc0, 0xaf]));
    expect(decoded).toContain('\uFFFD');
    expect(errors({ ...valid, name: decoded, body: `text ${decoded}` })).toEqual({
      name: ['encoding'],
      body: ['encoding'],
    });
    expect(errors({ ...valid, email: `a\uFFFD@example.com` })).toEqual({ email: ['emailInvalid'] });
  });

  it('strips bidi overrides and isolates from names only', () => {
    expect(parse({ name: '\u202Eevil\u202C name\u2067' }).name).toBe('evil name');
    expect(parse({ body: 'text \u202E reversed' }).body).toBe('text \u202E reversed');
  });

  it('refuses wrong types with a clear message and drops unknown fields', () => {
    expect(errors({ name: 42, email: ['a@b.co'], body: { text: 'x' } })).toEqual({
      name: ['invalidType'],
      email: ['invalidType'],
      body: ['invalidType'],
    });
    expect(errors(null)).toEqual({ _form: ['invalidRequest'] });
    expect(errors([valid])).toEqual({ _form: ['invalidRequest'] });
    const out = parse({ status: 'approved', approved: true, postId: 99, ipHash: 'x' });
    expect(Object.keys(out).sort()).toEqual([
      'body',
      'email',
      'name',
      'notifyReplies',
      'remember',
      'website',
    ]);
  });

  it('reads parentId, idempotency key, honeypot and remember from forms and JSON', () => {
    expect(parse({ parentId: '12' }).parentId).toBe(12);
    expect(parse({ parentId: 12, idempotencyKey: '' }).parentId).toBe(12);
    expect(parse({ parentId: '' }).parentId).toBeUndefined();
    expect(errors({ ...valid, parentId: 'x' })).toEqual({ parentId: ['parentInvalid'] });
    expect(errors({ ...valid, parentId: -3 })).toEqual({ parentId: ['parentInvalid'] });
    expect(parse({ idempotencyKey: '0b0c7d0e-5bb8-4a4b-9a8e-1e2f3a4b5c6d' }).idempotencyKey).toBe(
      '0b0c7d0e-5bb8-4a4b-9a8e-1e2f3a4b5c6d',
    );
    expect(errors({ ...valid, idempotencyKey: 'short' })).toEqual({
      idempotencyKey: ['keyInvalid'],
    });
    expect(errors({ ...valid, idempotencyKey: 'x'.repeat(20) + '<script>' })).toEqual({
      idempotencyKey: ['keyInvalid'],
    });
    expect(parse({ website: 'http://spam.example' }).website).toBe(true);
    expect(parse({ website: '' }).website).toBe(false);
    expect(parse({}).website).toBe(false);
    expect(parse({ remember: 'on' }).remember).toBe(true);
    // Reply mail needs the reader's tick (form) or an explicit true (API); anything else is no.
    expect(parse({}).notifyReplies).toBe(false);
    expect(parse({ notifyReplies: 'on' }).notifyReplies).toBe(true);
    expect(parse({ notifyReplies: true }).notifyReplies).toBe(true);
    expect(parse({ notifyReplies: 'yes' }).notifyReplies).toBe(false);
    expect(parse({ remember: true }).remember).toBe(true);
    expect(parse({}).remember).toBe(false);
  });

  it('every message is a key with a text in both languages', () => {
    for (const key of COMMENT_ERRORS) {
      expect(en.errors).toHaveProperty(key);
      expect(ja.errors).toHaveProperty(key);
    }
    expect(ja.errors.nameRequired).toBe('お名前を入力してください');
  });
});
