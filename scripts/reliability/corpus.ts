// The hostile-input corpus: strings from corpus/ (XSS filter evasion, naughty strings, Unicode edge cases)
// placed in every field, plus boundary lengths, wrong JSON types, injected fields and broken requests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Field } from './action-form';

const DIR = path.join(import.meta.dirname, 'corpus');

/** Every payload string: .txt files hold one raw string a line, .jsonl files one JSON string a line. */
export function corpusStrings(): Array<{ source: string; text: string }> {
  const txt = (file: string) =>
    readFileSync(path.join(DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
  const jsonl = (file: string) =>
    txt(file)
      .filter((line) => !line.startsWith('#'))
      .map((line) => JSON.parse(line) as string);
  return [
    ...txt('xss.txt').map((text) => ({ source: 'xss', text })),
    ...txt('naughty.txt').map((text) => ({ source: 'naughty', text })),
    ...jsonl('unicode.jsonl').map((text) => ({ source: 'unicode', text })),
  ];
}

export const VALID = {
  name: 'Careful reader',
  email: 'reader@example.test',
  body: 'A calm, ordinary comment.',
};

/** Field values sent through both write paths (JSON and the form). */
export type FieldInput = { label: string; values: Partial<Record<Field, string>> };

const repeat = (unit: string, count: number) => unit.repeat(count);

function boundaryInputs(): FieldInput[] {
  const body = (label: string, value: string): FieldInput => ({
    label,
    values: { ...VALID, body: value },
  });
  const name = (label: string, value: string): FieldInput => ({
    label,
    values: { ...VALID, name: value },
  });
  const email = (label: string, value: string): FieldInput => ({
    label,
    values: { ...VALID, email: value },
  });
  return [
    body('body 5,000 letters', repeat('a', 5000)),
    body('body 5,001 letters', repeat('a', 5001)),
    body('body 5,000 emoji (10,000 UTF-16 units)', repeat('😀', 5000)),
    body('body 5,001 emoji', repeat('😀', 5001)),
    body('body 100 KB', repeat('x', 100 * 1024)),
    body('body 100 KB of <script>', repeat('<script>alert(1)</script>', 4200)),
    body('body only spaces', '     '),
    body('body only newlines', '\n\n\n\n'),
    body('body only zero-width spaces', '\u200b\u200b\u200b'),
    body('body empty', ''),
    name('name 80 letters', repeat('n', 80)),
    name('name 81 letters', repeat('n', 81)),
    name('name 80 emoji', repeat('😀', 80)),
    name('name empty', ''),
    name('name spaces', '   '),
    name('name 100 KB', repeat('n', 100 * 1024)),
    email(
      'email 254 characters',
      `${repeat('a', 64)}@${repeat('b', 63)}.${repeat('c', 63)}.${repeat('d', 57)}.example`,
    ),
    email('email 300 characters', `${repeat('a', 240)}@${repeat('b', 50)}.example`),
    email('email without @', 'reader.example.test'),
    email('email two @', 'a@b@example.test'),
    email('email with spaces', 'read er@example.test'),
    email('email with newline header', 'reader@example.test\nBcc: victim@example.test'),
    email('email empty', ''),
    email('email 100 KB', `${repeat('a', 100 * 1024)}@example.test`),
    { label: 'all fields missing', values: {} },
    { label: 'body missing', values: { name: VALID.name, email: VALID.email } },
  ];
}

/** Every corpus string in the body; every fourth in the name and every sixth in the email. */
export function fieldInputs(): FieldInput[] {
  const strings = corpusStrings();
  return [
    ...strings.map(({ source, text }, i) => ({
      label: `body ← ${source} #${i}`,
      values: { ...VALID, body: text },
    })),
    ...strings
      .filter((_, i) => i % 4 === 0)
      .map(({ source, text }, i) => ({
        label: `name ← ${source} #${i * 4}`,
        values: { ...VALID, name: text },
      })),
    ...strings
      .filter((_, i) => i % 6 === 0)
      .map(({ source, text }, i) => ({
        label: `email ← ${source} #${i * 6}`,
        values: { ...VALID, email: text.includes('@') ? text : `${text}@example.test` },
      })),
    ...boundaryInputs(),
  ];
}
