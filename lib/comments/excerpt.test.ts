import { describe, expect, it } from 'vitest';
import { commentExcerpt } from './excerpt';

describe('commentExcerpt', () => {
  it('keeps a short comment whole, on one line', () => {
    expect(commentExcerpt('Were the leaves\n\nalready red?')).toBe('Were the leaves already red?');
  });

  it('cuts a long one by code points (never inside a surrogate pair) and marks the cut', () => {
    const long = '𠮷'.repeat(200);
    const cut = commentExcerpt(long, 10);
    expect(cut).toBe(`${'𠮷'.repeat(10)}…`);
  });

  it('keeps markup as text', () => {
    expect(commentExcerpt('<b>hi</b>')).toBe('<b>hi</b>');
  });
});
