import { describe, expect, it } from 'vitest';
import { pickWithLanguage } from './format';

describe('pickWithLanguage', () => {
  it('gives the wanted language first, else the first name there is, with its language', () => {
    expect(pickWithLanguage({ ja: '紅葉', en: 'Leaves' }, 'en')).toEqual({
      text: 'Leaves',
      language: 'en',
    });
    expect(pickWithLanguage({ ja: '紅葉', en: '' }, 'en')).toEqual({
      text: '紅葉',
      language: 'ja',
    });
    expect(pickWithLanguage({ fr: null, de: 'Laub' }, 'en', 'fr')).toEqual({
      text: 'Laub',
      language: 'de',
    });
    expect(pickWithLanguage({}, 'en')).toBeNull();
    expect(pickWithLanguage(null, 'en')).toBeNull();
  });
});
