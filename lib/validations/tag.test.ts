import { describe, expect, it } from 'vitest';
import { deleteTagSchema, mergeTagSchema, renameTagSchema } from './tag';

const issues = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`));

describe('tag forms', () => {
  it('a rename needs a valid slug and a name in some language, without commas', () => {
    expect(renameTagSchema.parse({ id: '4', slug: 'tea', names: { en: ' Tea ', ja: '' } })).toEqual(
      {
        id: 4,
        slug: 'tea',
        names: { en: 'Tea' },
      },
    );
    expect(
      issues(renameTagSchema.safeParse({ id: 4, slug: 'Tea Time', names: { en: '' } })),
    ).toEqual(['slug:slugFormat', 'names:tagNameRequired']);
    expect(issues(renameTagSchema.safeParse({ id: 4, slug: 'tea', names: { en: 'a,b' } }))).toEqual(
      ['names.en:invalid'],
    );
  });

  it('a merge needs two different tags; a delete needs an id', () => {
    expect(mergeTagSchema.parse({ id: '2', into: '3' })).toEqual({ id: 2, into: 3 });
    expect(issues(mergeTagSchema.safeParse({ id: 2, into: 2 }))).toEqual(['into:tagMergeSelf']);
    expect(mergeTagSchema.safeParse({ id: 2, into: '' }).success).toBe(false);
    expect(deleteTagSchema.safeParse({ id: 'x' }).success).toBe(false);
  });
});
