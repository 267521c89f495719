import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import { actionLabel } from './audit-labels';
import { detailLines } from './audit-details';

const ja = getTranslator('ja');
const en = getTranslator('en');
const text = (lines: { label: string; value: string }[]) =>
  lines.map((l) => `${l.label}: ${l.value}`);

describe('audit entries in words', () => {
  it('names the actions the walk found as codes, in both languages', () => {
    for (const action of ['suggestion.accept', 'translation.confirm', 'comment.undo']) {
      expect(actionLabel(ja, action)).not.toBe(action);
      expect(actionLabel(en, action)).not.toBe(action);
    }
    expect(actionLabel(ja, 'suggestion.accept')).toBe('翻訳の提案を採用');
    // A kind this screen does not know yet still shows, as its code.
    expect(actionLabel(ja, 'post.frobnicate')).toBe('post.frobnicate');
  });

  it('shows a status change as before → after in the UI language', () => {
    expect(text(detailLines(ja, 'comment', { from: 'approved', to: 'pending' }))).toEqual([
      '状態: 承認済み → 承認待ち',
    ]);
    expect(text(detailLines(en, 'comment', { from: 'pending', to: null, replies: 2 }))).toEqual([
      'Status: Pending → none',
      'Replies: 2 replies deleted with it',
    ]);
    expect(text(detailLines(ja, 'post', { slug: 'kyoto', status: 'draft' }))).toEqual([
      'スラッグ: kyoto',
      '状態: 下書き',
    ]);
  });

  it('labels known details, names languages and settings fields, keeps unknown keys as they are', () => {
    expect(
      text(detailLines(ja, 'suggestion', { postId: 3, blockId: 12, language: 'en', edited: true })),
    ).toEqual(['記事: 3', 'ブロック: 12', '言語: 英語', '採用前に編集: はい']);
    expect(text(detailLines(ja, 'settings', { fields: ['titles', 'readingFaces', 'x'] }))).toEqual([
      '変更した項目: ブログのタイトル、本文の書体、x',
    ]);
    expect(text(detailLines(en, 'tag', { from: 7 }))).toEqual(['Merged tag: 7']);
    expect(text(detailLines(en, 'post', { mystery: { a: 1 } }))).toEqual(['mystery: {"a":1}']);
    expect(detailLines(en, 'post', null)).toEqual([]);
  });
});
