import { describe, expect, it } from 'vitest';
import { canUseFts, ftsString, likePattern, searchTerms } from './query';

describe('search query escaping', () => {
  it('splits on any whitespace, including the ideographic space, and drops duplicates', () => {
    expect(searchTerms('  rail\tstrike\u3000鉄道  rail ')).toEqual(['rail', 'strike', '鉄道']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('turns control characters into separators', () => {
    expect(searchTerms('ab\u0000cd\u0007')).toEqual(['ab', 'cd']);
  });

  it('keeps at most eight terms', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it('quotes every term so FTS5 syntax is plain text', () => {
    expect(ftsString('rail')).toBe('"rail"');
    expect(ftsString('"quoted"')).toBe('"""quoted"""');
    expect(['NEAR(a', 'OR', 'text:*', '^x', 'a"b'].map(ftsString)).toEqual([
      '"NEAR(a"',
      '"OR"',
      '"text:*"',
      '"^x"',
      '"a""b"',
    ]);
  });

  it('uses FTS only for terms of at least three characters (code points)', () => {
    expect(canUseFts('図書館')).toBe(true);
    expect(canUseFts('図書')).toBe(false);
    expect(canUseFts('of')).toBe(false);
    expect(canUseFts('𠮷野')).toBe(false);
    expect(canUseFts('𠮷野家')).toBe(true);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(likePattern('50%')).toBe('%50\\%%');
    expect(likePattern('a_b')).toBe('%a\\_b%');
    expect(likePattern('c:\\x')).toBe('%c:\\\\x%');
  });
});
