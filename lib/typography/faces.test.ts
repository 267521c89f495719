import { describe, expect, it } from 'vitest';
import { settingsFormValues, settingsSchema } from '@/lib/validations/settings';
import { faceLanguages, serifAttribute } from './faces';

const form = {
  titles: { ja: '対訳ノート', en: 'Taiyaku Notes' },
  descriptions: { ja: '', en: '' },
  languages: 'ja, en',
  defaultLanguage: 'ja',
  timeZone: 'Asia/Tokyo',
  defaultView: 'side-by-side' as const,
  postsPerPage: '10',
  commentPolicy: 'hold-all' as const,
  linkLimit: '2',
  holdWords: '',
  blockWords: '',
  rateLimit: '5/10m',
  threadDepth: '3',
  closeCommentsAfterDays: '',
  footerStyle: 'seesaa' as const,
  notifyOwner: false,
  mailRetentionDays: '30',
  accentColor: '',
  logoMediaId: '',
};

describe('reading faces', () => {
  it('names the serif languages for <html data-serif>, or nothing when all read in sans', () => {
    expect(serifAttribute({ ja: 'serif', en: 'serif' })).toBe('en ja');
    expect(serifAttribute({ ja: 'serif', en: 'sans' })).toBe('ja');
    expect(serifAttribute({ ja: 'sans' })).toBeUndefined();
    expect(serifAttribute({})).toBeUndefined();
    // A language without a serif stack in the CSS would change nothing: it is not named.
    expect(serifAttribute({ ko: 'serif' })).toBeUndefined();
  });

  it('offers a choice for the blog languages that have a serif face', () => {
    expect(faceLanguages(['ja', 'en', 'ko'])).toEqual(['ja', 'en']);
  });

  it('the settings schema keeps a face per blog language and refuses unknown faces', () => {
    const out = settingsSchema.parse({
      ...form,
      readingFaces: { ja: 'serif', en: 'sans', fr: 'serif' },
    });
    expect(out.readingFaces).toEqual({ ja: 'serif', en: 'sans' });
    expect(settingsSchema.parse(form).readingFaces).toEqual({});
    const bad = settingsSchema.safeParse({ ...form, readingFaces: { ja: 'comic-sans' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'readingFaces.ja:invalid',
    ]);
  });

  it('the form starts each language on the face it reads in now', () => {
    const stored = {
      ...settingsSchema.parse(form),
      languages: ['ja', 'en'],
      closeCommentsAfterDays: null,
      readingFaces: { ja: 'serif' as const },
    };
    expect(settingsFormValues(stored).readingFaces).toEqual({ ja: 'serif', en: 'sans' });
  });
});
