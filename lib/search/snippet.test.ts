import { describe, expect, it } from 'vitest';
import { buildSnippet } from './snippet';

const hits = (s: ReturnType<typeof buildSnippet>) =>
  s.parts.filter((p) => p.hit).map((p) => p.text);
const joined = (s: ReturnType<typeof buildSnippet>) => s.parts.map((p) => p.text).join('');

describe('search snippets', () => {
  it('marks every match, case-insensitively, keeping the original case', () => {
    const s = buildSnippet('Rail unions and rail operators', ['rail']);
    expect(hits(s)).toEqual(['Rail', 'rail']);
    expect(joined(s)).toBe('Rail unions and rail operators');
    expect(s).toMatchObject({ clippedStart: false, clippedEnd: false });
  });

  it('clips long text to a window around the first match', () => {
    const text = `${'あ'.repeat(200)}図書館${'い'.repeat(200)}`;
    const s = buildSnippet(text, ['図書館'], 10);
    expect(joined(s)).toBe(`${'あ'.repeat(10)}図書館${'い'.repeat(17)}`);
    expect(s).toMatchObject({ clippedStart: true, clippedEnd: true });
  });

  it('strips inline formatting and keeps markup as text', () => {
    const s = buildSnippet('**Bold** <script>alert(1)</script> [link](https://example.com)', [
      'script',
    ]);
    expect(joined(s)).toBe('Bold <script>alert(1)</script> link');
    expect(hits(s)).toEqual(['script', 'script']);
  });

  it('treats regular expression characters in terms literally', () => {
    expect(hits(buildSnippet('costs (a+b)* today', ['(a+b)*']))).toEqual(['(a+b)*']);
  });

  it('never splits a surrogate pair', () => {
    const s = buildSnippet(`${'𠮷'.repeat(20)}x`, ['x'], 3);
    expect(joined(s)).toBe('𠮷𠮷x');
  });

  it('shows the start of the text when nothing matches in the flattened text', () => {
    expect(joined(buildSnippet('abc def', ['zzz']))).toBe('abc def');
  });
});
