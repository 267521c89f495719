import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { getErrorText, getTranslator } from './translate';

const DIR = path.join(import.meta.dirname, 'messages');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const load = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as unknown;

/** Every message as [key, text]. */
function leaves(node: unknown, prefix = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as object).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

// ICU elements that name an argument: simple, number, date, time, select, plural (intl-messageformat's TYPE 1-6).
type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
function argumentsOf(elements: Element[]): string[] {
  return elements.flatMap((e) => [
    ...(e.type >= 1 && e.type <= 6 ? [String(e.value)] : []),
    ...Object.values(e.options ?? {}).flatMap((o) => argumentsOf(o.value)),
    ...argumentsOf(e.children ?? []),
  ]);
}
const argumentNames = (text: string, locale: string) =>
  [...new Set(argumentsOf(new IntlMessageFormat(text, locale).getAst() as Element[]))].sort();

const english = new Map(leaves(load('en.json')));

describe.each(files)('%s', (file) => {
  const locale = path.basename(file, '.json');
  const messages = leaves(load(file));

  it('every message is valid ICU (as next-intl formats it)', () => {
    for (const [key, text] of messages)
      expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
  });

  it('every message compiles with the build-time compiler (next.config.mjs precompiles them)', () => {
    for (const [key, text] of messages) expect(() => compile(text), key).not.toThrow();
  });

  it('every message takes the same arguments as its English one', () => {
    for (const [key, text] of messages)
      expect(argumentNames(text, locale), key).toEqual(argumentNames(english.get(key)!, 'en'));
  });
});

describe('plurals and values', () => {
  const en = getTranslator('en');
  const ja = getTranslator('ja');

  it('counts read as English plurals', () => {
    expect(en('post.comments', { count: 1 })).toBe('1 comment');
    expect(en('post.comments', { count: 2 })).toBe('2 comments');
    expect(en('comments.title', { count: 0 })).toBe('0 comments');
    expect(en('post.coverage', { translated: 1, total: 1 })).toBe('1 of 1 block translated');
    expect(en('editor.wouldCreate', { posts: 1, comments: 2, categories: 1 })).toBe(
      'Would create 1 post, 2 comments and 1 category.',
    );
    expect(en('admin.overview.lockout', { count: 1, email: 'a@b.c', time: '10:00' })).toMatch(
      /^1 failed sign-in for a@b\.c; sign-in paused until 10:00\./,
    );
    expect(getErrorText('en')('rateLimited', { minutes: 1 })).toContain('wait about a minute and');
    expect(getErrorText('en')('rateLimited', { minutes: 3 })).toContain('wait about 3 minutes and');
  });

  it('Japanese has no plural forms: the number stands as it is', () => {
    expect(ja('post.comments', { count: 1 })).toBe(
      ja('post.comments', { count: 2 }).replace('2', '1'),
    );
    expect(ja('post.comments', { count: 2 })).toContain('2');
  });

  it('values are text, never markup', () => {
    expect(en('site.ogAlt', { title: '<b>{x}</b>' })).toBe('Title card: <b>{x}</b>');
  });
});
