import { describe, expect, it } from 'vitest';
import { categorySchema } from './category';
import { exportImportSchema, IMPORT_UPLOAD_MAX, pasteImportSchema } from './import';
import { settingsSchema, type SettingsFormValues } from './settings';
import { changeUserSchema, newUserSchema } from './user';

const messages = (r: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => (r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`));

const settings: SettingsFormValues = {
  titles: { ja: '対訳ノート', en: 'Taiyaku Notes' },
  descriptions: { ja: '', en: '' },
  languages: 'ja, en',
  defaultLanguage: 'ja',
  timeZone: 'Asia/Tokyo',
  defaultView: 'side-by-side',
  postsPerPage: '10',
  commentPolicy: 'hold-all',
  linkLimit: '2',
  holdWords: '',
  blockWords: '',
  rateLimit: '5/10m',
  threadDepth: '3',
  closeCommentsAfterDays: '',
  footerStyle: 'seesaa',
  notifyOwner: false,
  mailRetentionDays: '30',
  accentColor: '',
  logoMediaId: '',
};

describe('settings form', () => {
  it('parses languages, numbers and an empty "close after" as never', () => {
    const out = settingsSchema.parse({ ...settings, languages: 'ja,en ja', postsPerPage: '25' });
    expect(out).toMatchObject({
      languages: ['ja', 'en'],
      postsPerPage: 25,
      closeCommentsAfterDays: null,
      descriptions: { ja: '', en: '' },
    });
  });

  it('takes the footer style and the owner-mail switch, and refuses anything else for them', () => {
    const out = settingsSchema.parse({ ...settings, footerStyle: 'localized', notifyOwner: true });
    expect(out).toMatchObject({ footerStyle: 'localized', notifyOwner: true });
    expect(
      messages(
        settingsSchema.safeParse({ ...settings, footerStyle: 'wordpress', notifyOwner: 'on' }),
      ),
    ).toEqual(['footerStyle:invalid', 'notifyOwner:invalid']);
  });

  it('refuses an unknown zone, a default outside the languages, bad limits and rate formats', () => {
    expect(messages(settingsSchema.safeParse({ ...settings, timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone:timeZone',
    ]);
    expect(messages(settingsSchema.safeParse({ ...settings, defaultLanguage: 'fr' }))).toContain(
      'defaultLanguage:defaultLanguage',
    );
    expect(
      messages(
        settingsSchema.safeParse({
          ...settings,
          postsPerPage: '0',
          threadDepth: '11',
          rateLimit: '5 per minute',
        }),
      ),
    ).toEqual(['postsPerPage:numberTooSmall', 'rateLimit:rateLimit', 'threadDepth:numberTooLarge']);
    expect(messages(settingsSchema.safeParse({ ...settings, languages: 'ja, EN!' }))).toEqual([
      'languages.1:languageCode',
    ]);
    expect(
      messages(settingsSchema.safeParse({ ...settings, titles: { ja: ' ', en: 'Notes' } })),
    ).toEqual(['titles.ja:required']);
  });
});

describe('category, user and import forms', () => {
  it('a category needs a valid slug and a name in some language', () => {
    expect(categorySchema.parse({ slug: 'travel', names: { ja: '旅', en: ' ' } })).toEqual({
      slug: 'travel',
      names: { ja: '旅' },
      parentId: null,
    });
    expect(
      categorySchema.parse({ slug: 'kyoto', names: { en: 'Kyoto' }, parentId: '3' }).parentId,
    ).toBe(3);
    expect(categorySchema.parse({ slug: 'kyoto', names: { en: 'K' }, parentId: '' }).parentId).toBe(
      null,
    );
    expect(
      categorySchema.safeParse({ slug: 'kyoto', names: { en: 'K' }, parentId: 'x' }).success,
    ).toBe(false);
    expect(
      messages(categorySchema.safeParse({ slug: 'Travel Notes', names: { ja: '', en: '' } })),
    ).toEqual(['slug:slugFormat', 'names:categoryNameRequired']);
  });

  it('a new user needs a name, an email, a role and a password of 8+ characters', () => {
    expect(
      newUserSchema.parse({
        name: ' Mod ',
        email: ' Mod@Example.org ',
        role: 'moderator',
        password: 'long enough',
      }),
    ).toMatchObject({ name: 'Mod', email: 'mod@example.org' });
    expect(
      messages(
        newUserSchema.safeParse({ name: '', email: 'nope', role: 'admin', password: 'short' }),
      ),
    ).toEqual([
      'name:required',
      'email:invalidEmail',
      'role:Invalid option: expected one of "owner"|"moderator"',
      'password:passwordTooShort',
    ]);
    expect(changeUserSchema.parse({ id: '3', disabled: 'true' })).toEqual({
      id: 3,
      disabled: true,
    });
  });

  it('imports: paste text is required, language codes are optional, an MT file must be a non-empty file', () => {
    expect(
      pasteImportSchema.parse({ text: ' x ', originalLanguage: '', translationLanguage: 'ja' }),
    ).toEqual({ text: 'x', originalLanguage: undefined, translationLanguage: 'ja' });
    expect(
      messages(
        pasteImportSchema.safeParse({
          text: '  ',
          originalLanguage: 'english',
          translationLanguage: '',
        }),
      ),
    ).toEqual(['text:required', 'originalLanguage:invalid']);
    const file = new File(['AUTHOR: x'], 'export.txt');
    // The server reads checkboxes as "on" / absent, the browser's form as booleans.
    expect(
      exportImportSchema.parse({ format: 'mt', file, language: 'ja', dryRun: 'true', align: 'on' }),
    ).toMatchObject({ dryRun: true, align: true });
    expect(
      exportImportSchema.parse({ format: 'wxr', file, language: 'en', dryRun: false }),
    ).toMatchObject({ dryRun: false, align: false });
    expect(
      messages(
        exportImportSchema.safeParse({
          format: 'mt',
          file: new File([], 'empty.txt'),
          language: 'ja',
          dryRun: 'false',
        }),
      ),
    ).toEqual(['file:required']);
    const big = new File([new Uint8Array(IMPORT_UPLOAD_MAX + 1)], 'big.xml');
    expect(
      messages(exportImportSchema.safeParse({ format: 'blogger', file: big, language: 'ja' })),
    ).toEqual(['format:invalid', 'file:fileTooLarge']);
  });
});
