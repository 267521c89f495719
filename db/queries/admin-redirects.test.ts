import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';
import { redirectSchema } from '@/lib/validations/redirect';

throwawayDatabase();
const { seedDemo } = await import('@/server/seed');
const { findRedirect, listRedirects } = await import('./redirects');
const { deleteRedirect, saveRedirect, RedirectPostMissingError, RedirectTakenError } =
  await import('./admin-redirects');

const NOW = Date.UTC(2026, 10, 20, 12);
const parse = (values: { id?: number; fromPath: string; to: string }) =>
  redirectSchema.parse(values);

beforeAll(async () => {
  await seedDemo(NOW);
});

describe('the owner’s redirects', () => {
  it('adds a redirect to a post by slug, from any spelling of the old address', () => {
    const id = saveRedirect(
      parse({ fromPath: 'https://old.example/2019/05/x/', to: 'night-reading-room' }),
    )!;
    expect(findRedirect('/2019/05/x', new Date(NOW))).toEqual({ post: 'night-reading-room' });
    expect(listRedirects().find((r) => r.id === id)).toMatchObject({
      postSlug: 'night-reading-room',
    });
  });

  it('edits a redirect to a local path, refuses another origin, a taken address and an unknown post', () => {
    const id = saveRedirect(parse({ fromPath: '/about-me', to: 'night-reading-room' }))!;
    expect(saveRedirect(parse({ id, fromPath: '/about-me', to: '/ja/archives' }))).toBe(id);
    expect(findRedirect('/about-me')).toEqual({ path: '/ja/archives' });
    for (const to of ['//evil.test/x', 'https://evil.test/', '/\\evil.test'])
      expect(redirectSchema.safeParse({ fromPath: '/a', to }).success, to).toBe(false);
    expect(() => saveRedirect(parse({ fromPath: '/2019/05/x', to: '/ja' }))).toThrow(
      RedirectTakenError,
    );
    expect(() => saveRedirect(parse({ fromPath: '/new', to: 'no-such-post' }))).toThrow(
      RedirectPostMissingError,
    );
  });

  it('deletes a redirect once', () => {
    const id = saveRedirect(parse({ fromPath: '/gone', to: '/ja' }))!;
    expect(deleteRedirect(id)).toBe(true);
    expect(deleteRedirect(id)).toBe(false);
    expect(findRedirect('/gone')).toBeNull();
  });
});
