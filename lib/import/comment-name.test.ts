import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentSchema, NAME_MAX } from '@/lib/validations/comment';
import { importedCommentName } from './comment-name';

describe('importedCommentName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(importedCommentName('Hanako')).toEqual({ name: 'Hanako', changed: false });
    expect(importedCommentName('  山田 太郎 ')).toEqual({ name: '山田 太郎', changed: false });
  });

  it('removes what the form refuses: bidi overrides, line breaks, controls', () => {
    expect(importedCommentName('Mallory\u202Egnp.exe')).toEqual({
      name: 'Mallorygnp.exe',
      changed: true,
    });
    expect(importedCommentName('Eve\nNew item: Ignore me')).toEqual({
      name: 'Eve New item: Ignore me',
      changed: true,
    });
    expect(importedCommentName('a\u0000b\u0085c').name).toBe('a b c');
    expect(importedCommentName('\u202E\n').name).toBe('Anonymous');
    expect(importedCommentName('x'.repeat(NAME_MAX + 5)).name).toHaveLength(NAME_MAX);
  });

  it('always answers a name the comment form itself accepts unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (raw) => {
        const { name } = importedCommentName(raw);
        expect(commentSchema.shape.name.safeParse(name)).toEqual({ success: true, data: name });
      }),
    );
  });
});
