import { z } from 'zod';
import { isTimeZone } from '@/lib/time-zone';
import {
  COMMENT_POLICIES,
  FOOTER_STYLES,
  READING_FACES,
  READING_VIEWS,
  type FooterStyle,
  type ReadingFace,
} from '@/lib/model';
import { faceLanguages } from '@/lib/typography/faces';
import { blogLookFields, blogLookFormValues } from './blog-look';
import { codePoints, LANGUAGE_PATTERN } from './post';

export const BLOG_TITLE_MAX = 100;
export const BLOG_DESCRIPTION_MAX = 500;
export const WORD_LIST_MAX = 10000;
export const LANGUAGES_MAX = 5;
export const RATE_LIMIT_PATTERN = /^(off|\d{1,4}\/\d{1,4}[smh])$/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .refine((s) => codePoints(s) <= max, { error: 'tooLong' });
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'number' })
    .int({ error: 'number' })
    .min(min, { error: 'numberTooSmall' })
    .max(max, { error: 'numberTooLarge' });

/** The blog settings form. Languages are typed as "ja, en"; the default must be one of them. */
export const settingsSchema = z
  .object({
    titles: z.record(z.string(), text(BLOG_TITLE_MAX)),
    descriptions: z.record(z.string(), text(BLOG_DESCRIPTION_MAX)),
    languages: z
      .string()
      .transform((s) => [...new Set(s.split(/[\s,、]+/).filter(Boolean))])
      .pipe(
        z
          .array(z.string().regex(LANGUAGE_PATTERN, { error: 'languageCode' }))
          .min(1, { error: 'required' })
          .max(LANGUAGES_MAX, { error: 'tooManyLanguages' }),
      ),
    defaultLanguage: z.string(),
    timeZone: z.string().trim().refine(isTimeZone, { error: 'timeZone' }),
    defaultView: z.enum(READING_VIEWS),
    postsPerPage: int(1, 100),
    commentPolicy: z.enum(COMMENT_POLICIES),
    linkLimit: int(0, 50),
    holdWords: text(WORD_LIST_MAX),
    blockWords: text(WORD_LIST_MAX),
    rateLimit: z.string().trim().regex(RATE_LIMIT_PATTERN, { error: 'rateLimit' }),
    threadDepth: int(1, 10),
    closeCommentsAfterDays: z
      .union([z.literal(''), int(1, 3650)])
      .transform((v) => (v === '' ? null : v)),
    footerStyle: z.enum(FOOTER_STYLES, { error: 'invalid' }),
    // Mail the owner about every held comment and suggestion (another part sends it).
    notifyOwner: z.boolean({ error: 'invalid' }),
    mailRetentionDays: int(1, 3650),
    ...blogLookFields,
    // Sans or serif body text per language (app/globals.css, <html data-serif>).
    readingFaces: z.record(z.string(), z.enum(READING_FACES, { error: 'invalid' })).default({}),
  })
  .refine((v) => v.languages.includes(v.defaultLanguage), {
    error: 'defaultLanguage',
    path: ['defaultLanguage'],
  })
  .superRefine((v, ctx) => {
    if (!v.titles[v.defaultLanguage])
      ctx.addIssue({ code: 'custom', message: 'required', path: ['titles', v.defaultLanguage] });
  })
  .transform((v) => ({
    ...v,
    titles: Object.fromEntries(
      v.languages.filter((l) => v.titles[l]).map((l) => [l, v.titles[l]!]),
    ),
    descriptions: Object.fromEntries(v.languages.map((l) => [l, v.descriptions[l] ?? ''])),
    readingFaces: Object.fromEntries(
      v.languages.filter((l) => v.readingFaces[l]).map((l) => [l, v.readingFaces[l]!]),
    ),
  }));

export type SettingsFormValues = z.input<typeof settingsSchema>;

/** The form's text values for the stored settings (numbers as text, "none" as empty). */
export function settingsFormValues(s: {
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  languages: string[];
  defaultLanguage: string;
  timeZone: string;
  defaultView: SettingsFormValues['defaultView'];
  postsPerPage: number;
  commentPolicy: SettingsFormValues['commentPolicy'];
  linkLimit: number;
  holdWords: string;
  blockWords: string;
  rateLimit: string;
  threadDepth: number;
  closeCommentsAfterDays: number | null;
  footerStyle: FooterStyle;
  notifyOwner: boolean;
  mailRetentionDays: number;
  accentColor: string | null;
  logoMediaId: number | null;
  readingFaces?: Partial<Record<string, ReadingFace>>;
}): SettingsFormValues {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    ...s,
    languages: s.languages.join(', '),
    postsPerPage: text(s.postsPerPage),
    linkLimit: text(s.linkLimit),
    threadDepth: text(s.threadDepth),
    closeCommentsAfterDays: text(s.closeCommentsAfterDays),
    mailRetentionDays: text(s.mailRetentionDays),
    ...blogLookFormValues(s),
    // Every language with a choice starts on what it reads in now (sans unless chosen).
    readingFaces: Object.fromEntries(
      faceLanguages(s.languages).map((l) => [l, s.readingFaces?.[l] ?? 'sans']),
    ),
  };
}
