import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

const blog = { languages: ['ja', 'en'], fallback: 'en' };

describe('the language of a comment', () => {
  it('reads Japanese from kana and kanji, whatever page it was posted from', () => {
    expect(detectLanguage('とても面白い記事でした。', blog)).toBe('ja');
    expect(detectLanguage('翻訳ありがとう', { ...blog, fallback: 'en' })).toBe('ja');
    expect(detectLanguage('iPhone 15 を買いました', blog)).toBe('ja');
  });

  it('reads English from Latin text, even posted from the Japanese page', () => {
    expect(detectLanguage('Thanks for the translation!', { ...blog, fallback: 'ja' })).toBe('en');
    expect(detectLanguage('I love 寿司 and ramen', { ...blog, fallback: 'ja' })).toBe('en');
  });

  it('falls back to the page language for text that says nothing: emoji, "OK", digits', () => {
    expect(detectLanguage('👍', { ...blog, fallback: 'ja' })).toBe('ja');
    expect(detectLanguage('OK', { ...blog, fallback: 'ja' })).toBe('ja');
    expect(detectLanguage('OK', { ...blog, fallback: 'en' })).toBe('en');
    expect(detectLanguage('12345 !!!', { ...blog, fallback: 'ja' })).toBe('ja');
  });

  it('keeps to the blog’s languages: Hangul on a ja/en blog is the page language, on a ko blog Korean', () => {
    expect(detectLanguage('안녕하세요 반갑습니다', { ...blog, fallback: 'ja' })).toBe('ja');
    expect(
      detectLanguage('안녕하세요 반갑습니다', { languages: ['ko', 'en'], fallback: 'en' }),
    ).toBe('ko');
    expect(detectLanguage('中文评论很好', { languages: ['zh', 'en'], fallback: 'en' })).toBe('zh');
  });

  it('always answers one of the blog’s languages or the fallback (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.subarray(['ja', 'en', 'ko', 'zh', 'fr'], { minLength: 1 }),
        (text, languages) => {
          const fallback = languages[0]!;
          expect(languages).toContain(detectLanguage(text, { languages, fallback }));
        },
      ),
    );
  });

  it('Japanese text stays Japanese when short Latin words or emoji are mixed in (property)', () => {
    const kana = fc.string({
      unit: fc.integer({ min: 0x3041, max: 0x3093 }).map((c) => String.fromCodePoint(c)),
      minLength: 4,
      maxLength: 40,
    });
    fc.assert(
      fc.property(kana, fc.constantFrom('', 'OK', 'iPad', '👍', 'URL'), (text, extra) => {
        expect(detectLanguage(`${extra} ${text} ${extra}`, { ...blog, fallback: 'en' })).toBe('ja');
      }),
    );
  });
});
