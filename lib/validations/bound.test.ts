import { describe, expect, it } from 'vitest';
import { SLUG_MAX } from '@/lib/model';
import { boundPostSchema } from './bound';

describe('arguments bound to a public action', () => {
  it('takes a slug and a UI locale, in the order a page binds them', () => {
    expect(boundPostSchema.parse(['a-post', 'en'])).toEqual({ slug: 'a-post', locale: 'en' });
  });

  it.each([
    [['a'], 'en'],
    ['', 'ja'],
    ['x'.repeat(SLUG_MAX + 1), 'ja'],
    ['a-post', 'fr'],
    ['a-post', { toString: (): string => 'ja' }],
    ['ja', 'a-post'],
  ])('refuses (%j, %j)', (slug, locale) => {
    expect(boundPostSchema.safeParse([slug, locale]).success).toBe(false);
  });

  it.each([[[]], [['a-post']], [['a-post', 'en', 'extra']], [null], [{ slug: 'a-post' }]])(
    'refuses %j: not the two arguments',
    (args) => {
      expect(boundPostSchema.safeParse(args).success).toBe(false);
    },
  );
});
