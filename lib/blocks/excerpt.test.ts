import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, type BlockKind } from '@/lib/model';
import { breakExcerpts, withBreakExcerpts } from './excerpt';
import { coverage } from './types';

describe('the excerpt break', () => {
  it('gives each language its own text above the first break, media left out', () => {
    const blocks: Array<{ kind: BlockKind; texts: Record<string, string | null> }> = [
      { kind: 'heading', texts: { en: 'Title', ja: '題' } },
      { kind: 'image', texts: { en: 'A caption' } },
      { kind: 'paragraph', texts: { en: 'First\n  line.', ja: null } },
      { kind: 'more', texts: {} },
      { kind: 'paragraph', texts: { en: 'After.', ja: '後。' } },
      { kind: 'more', texts: {} },
    ];
    expect(breakExcerpts(blocks)).toEqual({ en: 'Title First line.', ja: '題' });
  });

  it('no break, no excerpt; a long one is cut at the limit in code points', () => {
    expect(breakExcerpts([{ kind: 'paragraph', texts: { en: 'All.' } }])).toEqual({});
    const long = '𠮷'.repeat(EXCERPT_MAX + 5);
    const cut = breakExcerpts([
      { kind: 'paragraph', texts: { ja: long } },
      { kind: 'more', texts: {} },
    ]).ja!;
    expect([...cut]).toHaveLength(EXCERPT_MAX);
  });

  it('a typed excerpt wins over the break', () => {
    const translations = {
      en: { title: 'T', excerpt: 'Typed.' },
      ja: { title: '題', excerpt: null },
      fr: { title: 'T', excerpt: null },
    };
    expect(withBreakExcerpts(translations, { en: 'Above.', ja: '上。' })).toEqual({
      en: { title: 'T', excerpt: 'Typed.' },
      ja: { title: '題', excerpt: '上。' },
      fr: { title: 'T', excerpt: null },
    });
  });
});

describe('coverage and the break', () => {
  it('counts no excerpt break as a block to translate', () => {
    const blocks: Array<{ kind: BlockKind; texts: Record<string, string | null> }> = [
      { kind: 'paragraph', texts: { en: 'A', ja: 'あ' } },
      { kind: 'more', texts: {} },
    ];
    expect(coverage(blocks, 'ja')).toEqual({ translated: 1, total: 1, stale: 0 });
  });
});
