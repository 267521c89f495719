import { describe, expect, it } from 'vitest';
import { englishStem, hasTerm, markedWords, stemProbe } from './stem';

describe('English stems in search', () => {
  it('finds singular and plural, and other inflections, both ways', () => {
    expect(hasTerm('The town library opened last spring.', 'libraries')).toBe(true);
    expect(hasTerm('Three libraries opened.', 'library')).toBe(true);
    expect(hasTerm('She was running late.', 'runs')).toBe(true);
    expect(hasTerm('Studies of the harbour', 'study')).toBe(true);
    expect(hasTerm('LIBRARY HOURS', 'Libraries')).toBe(true);
  });

  it('does not widen a term into other words that only start alike', () => {
    expect(hasTerm('The librarian smiled.', 'libraries')).toBe(false);
    expect(hasTerm('Art and artists', 'arts')).toBe(true);
    expect(hasTerm('An artist', 'art')).toBe(true); // as typed: a substring, as before
    expect(hasTerm('The arts', 'artist')).toBe(false);
  });

  it('leaves Japanese and short terms to the substring match', () => {
    expect(englishStem('図書館')).toBeNull();
    expect(englishStem('art')).toBeNull();
    expect(englishStem('café')).toBeNull();
    expect(hasTerm('港の図書館は開いていた', '図書館')).toBe(true);
    expect(hasTerm('港の図書室', '図書館')).toBe(false);
  });

  it('asks the index for a substring every word of the stem contains', () => {
    const words = [
      'library',
      'libraries',
      'happy',
      'happiness',
      'hope',
      'hoping',
      'hoped',
      'relate',
      'related',
    ];
    for (const word of words) {
      const stem = englishStem(word)!;
      const alike = words.filter((w) => englishStem(w) === stem);
      for (const other of alike) expect(other).toContain(stemProbe(stem));
    }
  });

  it('marks the words that matched by stem in a snippet', () => {
    expect(markedWords('A library, and libraries.', ['libraries'])).toEqual([
      'libraries',
      'library',
    ]);
    expect(markedWords('港の図書館', ['図書館'])).toEqual(['図書館']);
  });
});
