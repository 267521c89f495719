import { describe, expect, it } from 'vitest';
import {
  currentKey,
  formAlerts,
  keptText,
  keptTicked,
  keyToSend,
  serverFieldErrors,
  type ReaderFormState,
} from './reader-form-state';

const FIELDS = ['name', 'email', 'body'] as const;
const KEY = 'a'.repeat(32);
const words = { fixFields: 'Fix the fields.', errorOf: (key: string) => `<${key}>` };

const refused = (extra: Partial<Extract<ReaderFormState, { ok: false }>>): ReaderFormState => ({
  ok: false,
  error: 'invalid',
  ...extra,
});
const sent: ReaderFormState = { ok: true, data: { nextKey: 'n'.repeat(32) } };

describe('what a reader form keeps after a refusal', () => {
  it('gives back text and ticked boxes as the server sent them (a form ticks "on", a script true)', () => {
    const state = refused({
      values: { name: 'Aiko', body: 42, remember: 'on', notifyReplies: true, other: 'off' },
    });
    expect(keptText(state, 'name')).toBe('Aiko');
    expect(keptText(state, 'body')).toBe('');
    expect(keptText(state, 'email')).toBe('');
    expect([keptTicked(state, 'remember'), keptTicked(state, 'notifyReplies')]).toEqual([
      true,
      true,
    ]);
    expect(keptTicked(state, 'other')).toBe(false);
  });

  it('keeps nothing before a post or after a success', () => {
    for (const state of [null, sent]) {
      expect(keptText(state, 'name')).toBe('');
      expect(keptTicked(state, 'remember')).toBe(false);
    }
  });
});

describe('the server’s errors in a reader form', () => {
  const state = refused({
    fieldErrors: { name: ['nameRequired', 'nameTooLong'], body: [], parentId: ['tooDeep'] },
  });

  it('marks each of the form’s fields with its first message key', () => {
    expect(serverFieldErrors(state, FIELDS)).toEqual({ name: 'nameRequired' });
    expect(serverFieldErrors(sent, FIELDS)).toEqual({});
    expect(serverFieldErrors(null, FIELDS)).toEqual({});
  });

  it('says above the fields: a summary when a field is marked, then what the reader cannot edit', () => {
    expect(formAlerts(state, FIELDS, words)).toEqual(['Fix the fields.', '<tooDeep>']);
  });

  it('has no summary when no field of the form is marked (a hidden field, the request itself)', () => {
    const hidden = refused({ fieldErrors: { _form: ['invalidRequest'], body: [] } });
    expect(formAlerts(hidden, FIELDS, words)).toEqual(['<invalidRequest>']);
  });

  it('shows the server’s message as it is (already in words), and nothing without a refusal', () => {
    expect(formAlerts(refused({ error: 'Comments are closed.' }), FIELDS, words)).toEqual([
      'Comments are closed.',
    ]);
    expect(formAlerts(null, FIELDS, words)).toEqual([]);
    expect(formAlerts(sent, FIELDS, words)).toEqual([]);
  });
});

describe('the idempotency key a reader form sends', () => {
  it('is the server’s next key after a success, the kept (or fresh) one after a refusal', () => {
    expect(currentKey(sent)).toBe('n'.repeat(32));
    expect(currentKey(refused({ values: { idempotencyKey: KEY } }))).toBe(KEY);
    expect(currentKey(refused({ values: { idempotencyKey: '' } }))).toBeNull();
    expect(currentKey(refused({}))).toBeNull();
    expect(currentKey(null)).toBeNull();
  });

  it('before the server chose one, is made at the first send and kept for every retry', () => {
    const made = { current: null as string | null };
    const first = keyToSend(null, made);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(keyToSend(null, made)).toBe(first);
    // A refusal of a form sent without a key (no script) hands back none: the page's key stays.
    expect(keyToSend(refused({ values: {} }), made)).toBe(first);
  });

  it('follows the server once it chose one: rotated after a success or a reused key', () => {
    const made = { current: 'p'.repeat(32) };
    expect(keyToSend(sent, made)).toBe('n'.repeat(32));
    expect(keyToSend(refused({ error: 'reused', values: { idempotencyKey: KEY } }), made)).toBe(
      KEY,
    );
  });
});
