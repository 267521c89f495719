import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemLanguage, normalizeLanguage, scriptFits } from './item-language';

const JA = '今日は近所の公園まで歩きました。銀杏が黄色くなっていました。';
const EN = 'The ferry reached the island an hour late because of the wind.';

describe('normalizeLanguage', () => {
  it('spells codes as Taiyaku does, and uses the blog language a regional code belongs to', () => {
    expect(normalizeLanguage('pt_BR')).toBe('pt-br');
    expect(normalizeLanguage('en-US', ['ja', 'en'])).toBe('en');
    expect(normalizeLanguage('en-US', ['ja', 'en-us'])).toBe('en-us');
    expect(normalizeLanguage('English')).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
  });
});

describe('itemLanguage (issue 22 item 4)', () => {
  const blog = ['ja', 'en'];
  it('takes the channel language of an English export, not the blog default', () => {
    expect(itemLanguage({ channel: 'en-US', text: EN, fallback: 'ja', blog })).toEqual({
      language: 'en',
      source: 'channel',
    });
  });

  it('Polylang / WPML per-post language first, then --language, then the channel', () => {
    const base = { text: EN, fallback: 'ja', blog };
    expect(itemLanguage({ ...base, post: 'en', given: 'fr', channel: 'de' }).source).toBe('post');
    expect(itemLanguage({ ...base, given: 'fr', channel: 'en' })).toEqual({
      language: 'fr',
      source: 'given',
    });
  });

  it('--language overrides even text in another script (the owner said so)', () => {
    expect(itemLanguage({ given: 'en', channel: 'ja', text: JA, fallback: 'ja' }).language).toBe(
      'en',
    );
  });

  it('without a declared language the script decides; a declared one the text is not in yields', () => {
    expect(itemLanguage({ text: JA, fallback: 'en', blog })).toEqual({
      language: 'ja',
      source: 'script',
    });
    expect(itemLanguage({ channel: 'en-US', text: JA, fallback: 'en', blog })).toEqual({
      language: 'ja',
      source: 'script',
    });
    expect(itemLanguage({ post: 'ja', text: EN, fallback: 'ja', blog }).language).toBe('en');
  });

  it('text with no letters keeps what was declared, else the blog default', () => {
    expect(itemLanguage({ channel: 'en', text: '2024 — 12:30', fallback: 'ja' }).language).toBe(
      'en',
    );
    expect(itemLanguage({ text: '', fallback: 'ja' })).toEqual({
      language: 'ja',
      source: 'default',
    });
  });

  it('never decides a language whose script the text is not in, unless given (property)', () => {
    const text = fc.oneof(
      fc.constantFrom(JA, EN, `${EN} ${JA}`, 'WSJによると、', '123'),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    const code = fc.option(fc.constantFrom('en', 'ja', 'en-US', 'ko', 'zh', 'fr', 'xx_YY', '!'));
    fc.assert(
      fc.property(text, code, code, (t, post, channel) => {
        const got = itemLanguage({ post, channel, text: t, fallback: 'en', blog });
        if (got.source !== 'default') expect(scriptFits(t, got.language)).toBe(true);
      }),
    );
  });
});
