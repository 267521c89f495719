import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pairMargin } from './align';
import { confidenceOf, describeCues } from './cues';
import { importPaste } from './import';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

describe('describeCues', () => {
  it('groups internal codes by kind, pairs as "a ↔ b", and drops a poor length match', () => {
    expect(
      describeCues([
        'num:2025',
        'num:40',
        'dow:1',
        'katakana:コメルサント~Kommersant',
        'word:雨~rain',
        'gloss:国連',
        'layout',
        'length:0.31',
      ]),
    ).toEqual([
      { kind: 'numbers', values: ['2025', '40'] },
      { kind: 'weekdays', values: ['1'] },
      { kind: 'names', values: ['コメルサント ↔ Kommersant'] },
      { kind: 'words', values: ['雨 ↔ rain', '国連'] },
      { kind: 'layout', values: [] },
    ]);
  });

  it('says "similar length", missing numbers and shared sentence counts', () => {
    expect(describeCues(['missing-numbers:-1', 'sentences:2', 'length:0.80'])).toEqual([
      { kind: 'sentences', values: ['2'] },
      { kind: 'length', values: [] },
      { kind: 'missingNumbers', values: [] },
    ]);
  });
});

describe('confidence per pair', () => {
  it('is the loss of the best arrangement without the pair', () => {
    const clear = [
      [3, 0, 0],
      [0, 0, 3],
    ];
    expect(pairMargin(clear, [1, 2])).toBeCloseTo(2.5);
    // Two equally good places: the pair could as well be elsewhere.
    const tie = [[2, 2, 0]];
    expect(pairMargin(tie, [0, 0])).toBe(0);
    expect(confidenceOf(2.5)).toBe('strong');
    expect(confidenceOf(1)).toBe('fair');
    expect(confidenceOf(0)).toBe('weak');
  });

  it('explains the seed page with names, Latin words and months', () => {
    const { alignment } = importPaste(read('../../../e2e/fixtures/raw.txt'));
    const kinds = (k: number) => alignment[k]?.reasons.map((r) => r.kind);
    const names = alignment[0]?.reasons.find((r) => r.kind === 'names')?.values;
    expect(names).toContain('コメルサント ↔ Kommersant');
    expect(alignment[1]?.reasons).toContainEqual({ kind: 'latin', values: ['wsj'] });
    expect(alignment[2]?.reasons).toContainEqual({ kind: 'months', values: ['3'] });
    expect(kinds(5)).toContain('names');
    expect(alignment.map((a) => a.confidence)).not.toContain('weak');
  });

  it('marks a pair held only by length and order as weak, and sure pairs as not', () => {
    const { alignment } = importPaste(read('../fixtures/align/essay-commute-ja-first.txt'));
    const last = alignment[alignment.length - 1];
    expect(last?.blockIndex).toBe(5);
    expect(last?.confidence).toBe('weak');
    expect(alignment[1]?.confidence).toBe('strong');
    const issue = importPaste(read('../fixtures/align/issue-five-paragraphs.txt'));
    expect(issue.alignment.map((a) => a.confidence)).not.toContain('weak');
  });
});
