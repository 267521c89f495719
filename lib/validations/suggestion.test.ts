import { describe, expect, it } from 'vitest';
import { SUGGESTION_TEXT_MAX, suggestionSchema } from './suggestion';

const valid = {
  blockId: 12,
  language: 'ja',
  text: '夜の図書館が開きます。',
  name: 'Hanako',
  email: 'Hanako@Example.com',
};

function errors(input: unknown): Record<string, string[]> {
  const result = suggestionSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (out[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

describe('suggestion schema', () => {
  it('requires the text, name and email, each with its own message', () => {
    expect(errors({ blockId: 1, language: 'ja' })).toEqual({
      text: ['suggestionRequired'],
      name: ['nameRequired'],
      email: ['emailRequired'],
    });
    expect(errors({ ...valid, text: ' \n\u3000 ' })).toEqual({ text: ['suggestionRequired'] });
  });

  it('reads a form post (strings) and a script (numbers) alike, and normalizes the text', () => {
    const out = suggestionSchema.parse({ ...valid, blockId: '12', text: ' e\u0301\r\nx ' });
    expect(out).toMatchObject({ blockId: 12, text: '\u00e9\nx', email: 'hanako@example.com' });
    expect(out.website).toBe(false);
    expect(suggestionSchema.parse({ ...valid, website: 'http://spam' }).website).toBe(true);
  });

  it('measures the text in code points, up to the block limit', () => {
    expect(errors({ ...valid, text: '𠮷'.repeat(SUGGESTION_TEXT_MAX) })).toEqual({});
    expect(errors({ ...valid, text: 'a'.repeat(SUGGESTION_TEXT_MAX + 1) })).toEqual({
      text: ['suggestionTooLong'],
    });
  });

  it('refuses NUL, U+FFFD and control characters rather than repairing them', () => {
    expect(errors({ ...valid, text: 'a\u0000b' })).toEqual({ text: ['nul'] });
    expect(errors({ ...valid, text: 'caf\uFFFD' })).toEqual({ text: ['encoding'] });
    expect(errors({ ...valid, text: 'a\u0007b' })).toEqual({ text: ['suggestionControl'] });
    expect(errors({ ...valid, name: 'a\nb' })).toEqual({ name: ['nameControl'] });
  });

  it('refuses a block id or language that is not one', () => {
    for (const blockId of [0, -1, 1.5, 'abc', '', null, 2 ** 60]) {
      const found = errors({ ...valid, blockId });
      expect(Object.keys(found), String(blockId)).toEqual(['blockId']);
      expect(new Set(found.blockId), String(blockId)).toEqual(new Set(['blockInvalid']));
    }
    for (const language of ['', 'JA', 'japanese', 3, '../en'])
      expect(errors({ ...valid, language }), String(language)).toEqual({
        language: ['languageInvalid'],
      });
  });

  it('refuses a malformed idempotency key and anything that is not an object', () => {
    expect(errors({ ...valid, idempotencyKey: 'short' })).toEqual({
      idempotencyKey: ['keyInvalid'],
    });
    expect(errors('text')).toEqual({ _form: ['invalidRequest'] });
  });
});
