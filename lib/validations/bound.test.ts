import { describe, expect, it } from 'vitest';
import { SLUG_MAX } from '@/lib/model';
import { boundPostSchema } from './bound';

describe('arguments bound to a public action', () => {
  it('takes a slug and a UI locale', () => {
    expect(boundPostSchema.parse({ slug: 'a-post', locale: 'en' })).toEqual({
      slug: 'a-post',
      locale: 'en',
    });
  });

  it.each([
    { slug: ['a'], locale: 'en' },
    { slug: '', locale: 'ja' },
    { slug: 'x'.repeat(SLUG_MAX + 1), locale: 'ja' },
    { slug: 'a-post', locale: 'fr' },
    { slug: 'a-post', locale: { toString: (): string => 'ja' } },
  ])('refuses %j', (input) => {
    expect(boundPostSchema.safeParse(input).success).toBe(false);
  });
});
