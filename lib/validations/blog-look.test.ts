import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blogLookFields, blogLookFormValues } from './blog-look';

const schema = z.object(blogLookFields);
const issues = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('blog look fields', () => {
  it('stores empty as the built-in look and a colour in lower case', () => {
    expect(schema.parse({ accentColor: '', logoMediaId: '' })).toEqual({
      accentColor: null,
      logoMediaId: null,
    });
    expect(schema.parse({ accentColor: ' #0B5CAD ', logoMediaId: '12' })).toEqual({
      accentColor: '#0b5cad',
      logoMediaId: 12,
    });
  });

  it('refuses a colour that is not #rrggbb, and one below AA on the light background', () => {
    expect(issues({ accentColor: 'blue', logoMediaId: '' })).toEqual(['accentColor:accentFormat']);
    expect(issues({ accentColor: '#fc0', logoMediaId: '' })).toEqual(['accentColor:accentFormat']);
    expect(issues({ accentColor: '#ffcc00', logoMediaId: '' })).toEqual([
      'accentColor:accentContrast',
    ]);
    expect(issues({ accentColor: '#0b5cad;}', logoMediaId: '' })).toEqual([
      'accentColor:accentFormat',
    ]);
  });

  it('refuses a logo id that is not a positive whole number', () => {
    for (const bad of ['0', '-3', '1.5', 'x'])
      expect(issues({ accentColor: '', logoMediaId: bad })).toHaveLength(1);
  });

  it('turns stored values into form text and back', () => {
    const stored = { accentColor: '#1e6b34', logoMediaId: 7 };
    expect(schema.parse(blogLookFormValues(stored))).toEqual(stored);
    const none = { accentColor: null, logoMediaId: null };
    expect(schema.parse(blogLookFormValues(none))).toEqual(none);
  });
});
