import { describe, expect, it } from 'vitest';
import { corpusStrings, fieldInputs } from './corpus';
import { apiRequests, formSubmissions } from './corpus-requests';

const targets = {
  draftSlug: 'd',
  scheduledSlug: 's',
  otherPostCommentId: 1,
  pendingCommentId: 2,
  otherPostId: 3,
};
const form = {
  url: 'http://x/en/posts/p',
  hidden: [['$ACTION_REF_1', ''] as [string, string]],
  names: { name: 'name', email: 'email', body: 'body' },
};

describe('the hostile-input corpus', () => {
  it('holds at least 500 inputs for each write path', () => {
    const fields = fieldInputs().length;
    expect(fields + apiRequests(targets).length).toBeGreaterThanOrEqual(500);
    expect(fields + formSubmissions(targets, form).length).toBeGreaterThanOrEqual(500);
  });

  it('decodes the strings that cannot live in a text file', () => {
    const texts = corpusStrings().map((s) => s.text);
    expect(texts.some((t) => t.includes('\u0000'))).toBe(true);
    expect(texts.some((t) => /[\ud800-\udbff](?![\udc00-\udfff])/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('\u202e'))).toBe(true);
    expect(texts).toContain('<script>alert(1)</script>');
    expect(texts.every((t) => t.length > 0)).toBe(true);
  });
});
