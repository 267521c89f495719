import { describe, expect, it } from 'vitest';
import { getErrorText } from '@/lib/i18n/translate';
import { commentSchema } from '@/lib/validations/comment';
import { suggestionSchema } from '@/lib/validations/suggestion';
import { submissionResponse } from './json-api';
import {
  COMMENT_SUBMISSION,
  SUGGESTION_SUBMISSION,
  submissionResult,
  type SubmissionOutcome,
} from './submission-result';

const KEY = 'k'.repeat(32);
const comment = commentSchema.parse({
  name: 'Aiko',
  email: 'aiko@example.test',
  body: 'Thanks!',
  parentId: '3',
  remember: 'on',
  idempotencyKey: KEY,
});
const suggestion = suggestionSchema.parse({
  blockId: '5',
  language: 'en',
  text: 'A better line.',
  name: 'Ben',
  email: 'ben@example.test',
  idempotencyKey: KEY,
});
// What each form gets back with a refusal: its own fields and the key, never the rest.
const KINDS = [
  {
    name: 'comment',
    kind: COMMENT_SUBMISSION,
    values: comment,
    kept: {
      name: 'Aiko',
      email: 'aiko@example.test',
      body: 'Thanks!',
      remember: true,
      notifyReplies: false,
      idempotencyKey: KEY,
    },
    words: { postNotFound: 'postNotFound', keyReused: 'keyReused', rateLimited: 'rateLimited' },
    api: { keyReused: 'keyConflict', postNotFound: 'postNotFound' },
  },
  {
    name: 'suggestion',
    kind: SUGGESTION_SUBMISSION,
    values: suggestion,
    kept: { name: 'Ben', email: 'ben@example.test', text: 'A better line.', idempotencyKey: KEY },
    words: {
      postNotFound: 'suggestionPostNotFound',
      keyReused: 'suggestionKeyReused',
      rateLimited: 'suggestionRateLimited',
    },
    api: { keyReused: 'suggestionKeyConflict', postNotFound: 'suggestionPostNotFound' },
  },
] as const;

const answer = (
  kind: (typeof KINDS)[number],
  outcome: SubmissionOutcome,
  locale: 'en' | 'ja' = 'en',
) =>
  submissionResult(
    outcome,
    // Each kind's values, as its action passes them.
    { values: kind.values as typeof comment & typeof suggestion, locale },
    kind.kind as typeof COMMENT_SUBMISSION,
    (done) => ({ id: done.id }),
  );

describe.each(KINDS)('a $name form’s answer to its submission', (k) => {
  it('a success carries the data and a fresh key for the next text', () => {
    const first = answer(k, { ok: true, id: 9, status: 'pending', replayed: false });
    const second = answer(k, { ok: true, id: 9, status: 'pending', replayed: true });
    expect(first).toEqual({ ok: true, data: { id: 9, nextKey: expect.any(String) } });
    const keys = [first, second].map((r) => (r.ok ? r.data.nextKey : ''));
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(new Set([...keys, KEY]).size).toBe(3);
  });

  it('field errors keep their message keys (a missing list is empty) and what was typed', () => {
    const result = answer(k, {
      ok: false,
      error: 'invalid',
      fieldErrors: { parentId: ['tooDeep'], language: undefined },
    });
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { parentId: ['tooDeep'], language: [] },
      values: k.kept,
    });
  });

  it.each(['en', 'ja'] as const)('a reused key says so (%s) and hands out a new key', (locale) => {
    const result = answer(k, { ok: false, error: 'keyReused' }, locale);
    expect(result).toMatchObject({
      ok: false,
      error: getErrorText(locale)(k.words.keyReused),
      values: { ...k.kept, idempotencyKey: expect.not.stringMatching(KEY) },
    });
    const fresh = !result.ok && result.values?.idempotencyKey;
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
  });

  it.each([
    [1, 1],
    [60, 1],
    [61, 2],
    [600, 10],
  ])('rate limited for %is: the minutes to wait, rounded up (%i), same key', (seconds, minutes) => {
    const result = answer(k, { ok: false, error: 'rateLimited', retryAfterSeconds: seconds });
    expect(result).toEqual({
      ok: false,
      error: getErrorText('en')(k.words.rateLimited, { minutes }),
      values: k.kept,
    });
    expect(result.ok || result.error).toContain(
      minutes === 1 ? 'about a minute' : `${minutes} minutes`,
    );
  });

  it('no such public post, or comments closed: the message in the page’s language', () => {
    expect(answer(k, { ok: false, error: 'postNotFound' }, 'ja')).toEqual({
      ok: false,
      error: getErrorText('ja')(k.words.postNotFound),
      values: k.kept,
    });
    expect(answer(k, { ok: false, error: 'closed' })).toEqual({
      ok: false,
      error: 'Comments on this post are closed.',
      values: k.kept,
    });
  });

  it('its API answers the same outcomes by the same rule, with the API’s words and statuses', async () => {
    const request = new Request('http://blog.test/api', { headers: { 'accept-language': 'en' } });
    const say = getErrorText('en');
    const cases: Array<[SubmissionOutcome, number, unknown]> = [
      [{ ok: true, id: 4, status: 'pending', replayed: false }, 201, { id: 4, status: 'pending' }],
      [
        { ok: false, error: 'invalid', fieldErrors: { blockId: ['blockInvalid'] } },
        422,
        {
          errors: { blockId: [say('blockInvalid')] },
        },
      ],
      [{ ok: false, error: 'keyReused' }, 409, { error: say(k.api.keyReused) }],
      [{ ok: false, error: 'closed' }, 403, { error: say('closed') }],
      [{ ok: false, error: 'postNotFound' }, 404, { error: say(k.api.postNotFound) }],
      [
        { ok: false, error: 'rateLimited', retryAfterSeconds: 90 },
        429,
        {
          error: say(k.words.rateLimited, { minutes: 2 }),
        },
      ],
    ];
    for (const [outcome, status, body] of cases) {
      const response = submissionResponse(request, outcome, k.kind.api);
      expect([response.status, await response.json()]).toEqual([status, body]);
      expect(response.headers.get('retry-after')).toBe(status === 429 ? '90' : null);
    }
  });
});
