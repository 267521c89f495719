import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './config';
import { getErrorText, MESSAGES, pickMessages } from './translate';

const ROOT = path.join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const SOURCES = ['app', 'lib'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map(
    (f) => `${dir}/${f}`,
  ),
);

// Where error codes are made: schemas, actions, the commenting path, media checks…
const MAKERS =
  /^lib\/validations\/[^/]+\.ts$|^app\/.*actions\.ts$|^lib\/comments\/submit\.ts$|^lib\/media-encode\.ts$/;
const FIELD = String.raw`(?:fieldErrors:\s*\{\s*[\w.]+|_form):\s*\['(\w+)'\]`;
const MADE = new RegExp(
  String.raw`\b(?:error|message):\s*'(\w+)'|\bfieldError\('[\w.]+',\s*'(\w+)'\)|` + FIELD,
  'g',
);
// … and the route handlers that answer with a message (fail/refuse/say).
const ROUTES = /^app\/api\/.*route\.ts$/;
const ANSWERED = new RegExp(String.raw`\b(?:fail|refuse|say)\('(\w+)'|` + FIELD, 'g');

function codes(files: RegExp, re: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of SOURCES.filter((f) => files.test(f) && !f.endsWith('.test.ts'))) {
    for (const m of read(file).matchAll(re)) found.set(m.slice(1).find(Boolean)!, file);
  }
  return found;
}

describe('form errors', () => {
  it('every error code the app makes has a message (one `errors` namespace for every form)', () => {
    const made = new Map([...codes(MAKERS, MADE), ...codes(ROUTES, ANSWERED)]);
    expect(made.size).toBeGreaterThan(40);
    for (const [code, file] of made)
      expect(MESSAGES.en.errors, `${code} (${file})`).toHaveProperty(code);
  });

  it.each(LOCALES)(
    '%s: an unknown code reads as the generic message, never as the code',
    (locale) => {
      const say = getErrorText(locale);
      expect(say('noSuchCode')).toBe(MESSAGES[locale].errors.unknown);
      expect(say('')).toBe(MESSAGES[locale].errors.unknown);
    },
  );

  // The suggestion API and form, the unsubscribe form and every action's forged bound arguments
  // answer invalidRequest too, so its words name no one kind of submission.
  it.each([
    ['en', /comment/i],
    ['ja', /コメント/],
  ] as const)('%s: invalidRequest names no one kind of form', (locale, word) => {
    expect(getErrorText(locale)('invalidRequest')).not.toMatch(word);
  });

  it('messages quote the limits without the form passing them', () => {
    expect(getErrorText('en')('nameTooLong')).toBe('Please keep your name within 80 characters.');
    expect(getErrorText('en')('passwordTooShort')).toBe('At least 8 characters.');
    expect(getErrorText('ja')('bodyTooLong')).toContain('5000');
  });
});

describe('messages for a client part', () => {
  it('hold only the namespaces asked for, of the errors only those listed and the fallback, in one language', () => {
    const picked = pickMessages('ja', ['comments'], ['nameRequired', 'fixFields']);
    expect(Object.keys(picked).sort()).toEqual(['comments', 'errors']);
    expect(picked.comments).toEqual(MESSAGES.ja.comments);
    expect(picked.errors).toEqual({
      unknown: MESSAGES.ja.errors.unknown,
      nameRequired: MESSAGES.ja.errors.nameRequired,
      fixFields: MESSAGES.ja.errors.fixFields,
    });
    expect(Object.keys(pickMessages('en', ['boundary']))).toEqual(['boundary']);
  });
});
