import { describe, expect, it } from 'vitest';
import { applyEdit, type TextState } from './text-edits';

const at = (value: string, start: number, end = start): TextState => ({ value, start, end });

describe('toolbar edits', () => {
  it('wraps the selection in bold and italic marks, or places the caret between them', () => {
    expect(applyEdit(at('a tea b', 2, 5), 'bold')).toEqual({
      value: 'a **tea** b',
      start: 4,
      end: 7,
    });
    expect(applyEdit(at('ab', 1), 'italic')).toEqual({ value: 'a**b', start: 2, end: 2 });
  });

  it('makes a link of the selection with its address selected', () => {
    const s = applyEdit(at('see tea', 4, 7), 'link');
    expect(s.value).toBe('see [tea](https://)');
    expect(s.value.slice(s.start, s.end)).toBe('https://');
  });

  it('puts ruby around the selection with the caret in the reading', () => {
    const s = applyEdit(at('東京へ', 0, 2), 'ruby');
    expect(s.value).toBe('｜東京《》へ');
    expect([s.start, s.end]).toEqual([4, 4]);
  });

  it('starts every selected line with a bullet', () => {
    expect(applyEdit(at('x\na\nb', 3, 5), 'list').value).toBe('x\n- a\n- b');
  });

  it('inserts a table as a block of its own', () => {
    const s = applyEdit(at('Intro', 5), 'table');
    expect(s.value).toBe('Intro\n\n|  |  |\n| --- | --- |\n|  |  |');
    expect(s.start).toBe(9);
  });

  it('numbers a footnote after the last one and puts its note at the end', () => {
    const s = applyEdit(at('A[^1] b c\n\n[^1]: one', 7), 'footnote');
    expect(s.value).toBe('A[^1] b[^2] c\n\n[^1]: one\n\n[^2]: ');
    expect(s.start).toBe(s.value.length);
  });
});
