import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSlug, nextDateSlug, slugify } from './slug';
import { SLUG_PATTERN } from './validations/post';

describe('slugify', () => {
  it('romanizes kana and keeps latin words, dropping kanji', () => {
    expect(slugify('QAテスト記事')).toBe('qa-tesuto');
    expect(slugify('テスト')).toBe('tesuto');
    expect(slugify('キャッシュとコーヒー')).toBe('kyasshu-koohii');
    expect(slugify('ひらがなのタイトル')).toBe('hiraganano-taitoru');
    expect(slugify('Next.js のキャッシュ戦略')).toBe('next-js-kyasshu');
    expect(slugify('ﾃｽﾄ')).toBe('tesuto');
    expect(slugify('Ｔａｉｙａｋｕ ２０２６')).toBe('taiyaku-2026');
    expect(slugify('Café déjà vu')).toBe('cafe-deja-vu');
  });

  it('leaves nothing for kanji-only titles or lone particles between kanji', () => {
    expect(slugify('東京都庁')).toBe('');
    expect(slugify('日本の未来')).toBe('');
    expect(slugify('日本語だけ')).toBe('');
    expect(slugify('東京で食べたラーメン')).toBe('raamen');
    expect(slugify('「」、。')).toBe('');
  });

  it('always gives a valid slug or nothing, within the length limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const slug = slugify(s);
        expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(120);
      }),
    );
  });
});

describe('slugify on hostile lengths', () => {
  // wanakana's toRomaji recurses once per kana and copies as it goes: 6,000 kana in one run
  // overflowed the stack (an import with such a title failed whole), 300,000 ran for minutes.
  it('a title of a million kana gives a full-length slug at once', () => {
    for (const title of [
      'テスト'.repeat(350_000),
      'あ'.repeat(1_000_000),
      '東京'.repeat(5_000) + 'テスト',
    ]) {
      const start = performance.now();
      const slug = slugify(title);
      expect(performance.now() - start).toBeLessThan(2_000);
      expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
    }
    expect(slugify('テスト'.repeat(350_000))).toBe('tesuto'.repeat(20));
  });
});

describe('date slugs', () => {
  it("uses the day in the blog's time zone and counts up", () => {
    const at = new Date('2026-11-27T16:30:00Z');
    expect(dateSlug(at, 'Asia/Tokyo')).toBe('2026-11-28-1');
    expect(dateSlug(at, 'UTC', 3)).toBe('2026-11-27-3');
    expect(nextDateSlug('2026-11-28-1')).toBe('2026-11-28-2');
    expect(nextDateSlug('qa-tesuto')).toBeNull();
  });
});
