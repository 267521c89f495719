/**
 * The aligner on hand-written bilingual texts (lib/import/fixtures/align): news, essays and travel
 * notes, either language first, partially or fully translated. Each fixture's JSON says, for every
 * translation paragraph in paste order, which original paragraph (0-based, in paste order) it
 * translates. Prints the right/total table the issue's closing note quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importPaste } from './import';

type Expected = {
  shape: string;
  original: 'en' | 'ja';
  translationOf: number[];
  title?: Record<string, string>;
};

const dir = fileURLToPath(new URL('../fixtures/align/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const isJapanese = (line: string) => /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(line);

function load(name: string) {
  const text = readFileSync(`${dir}${name}.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Expected;
  const lines = text.split('\n').filter((l) => l.trim());
  const inOriginal = (l: string) => isJapanese(l) === (expected.original === 'ja');
  return {
    text,
    expected,
    originals: lines.filter(inOriginal),
    translations: lines.filter((l) => !inOriginal(l)),
  };
}

/** Translations sitting beside the original paragraph the fixture says they translate. */
function score(name: string) {
  const { text, expected, originals, translations } = load(name);
  const result = importPaste(text);
  const o = expected.original;
  const t = o === 'en' ? 'ja' : 'en';
  const beside = new Map(result.blocks.map((b) => [b.texts[o], b.texts[t]]));
  const right = translations.filter(
    (tr, k) => beside.get(originals[expected.translationOf[k] ?? -1]) === tr,
  ).length;
  return { result, expected, originals, translations, right, total: translations.length };
}

const table: Array<[string, number, number]> = [];

describe('aligner on the fixture corpus', () => {
  for (const name of names) {
    it(`${name}: places translations and keeps the title`, () => {
      const { result, expected, originals, translations, right, total } = score(name);
      table.push([name, right, total]);
      expect(translations).toHaveLength(expected.translationOf.length);
      expect(result.meta.originalLanguage).toBe(expected.original);
      // The fixtures hold no page chrome: a headline pasted first is content, not a page title.
      expect(result.removedAsChrome).toEqual([]);
      // A body paragraph's translation must never become the post title.
      const bodyTranslations = translations.filter((_, k) => expected.translationOf[k] !== 0);
      for (const title of Object.values(result.meta.title ?? {}))
        expect(bodyTranslations).not.toContain(title);
      if (expected.title) expect(result.meta.title).toEqual(expected.title);
      expect(result.blocks.filter((b) => b.texts[expected.original] !== undefined).length).toBe(
        originals.length,
      );
    });
  }

  it('places at least 95 % of all translations right, and none of the issue case wrong', () => {
    const scores = names.map((n) => [n, score(n)] as const);
    const right = scores.reduce((s, [, r]) => s + r.right, 0);
    const total = scores.reduce((s, [, r]) => s + r.total, 0);
    expect(scores.length).toBeGreaterThanOrEqual(8);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
    const issue = scores.find(([n]) => n === 'issue-five-paragraphs')?.[1];
    expect(issue && issue.right).toBe(3);
  });
});

afterAll(() => {
  if (!table.length) return;
  const right = table.reduce((s, r) => s + r[1], 0);
  const total = table.reduce((s, r) => s + r[2], 0);
  const rows = table.map(([n, r, t]) => `| ${n} | ${r}/${t} |`);
  const pct = ((100 * right) / total).toFixed(1);
  console.log(
    [
      '| fixture | right |',
      '|---|---|',
      ...rows,
      `| overall | ${right}/${total} (${pct} %) |`,
    ].join('\n'),
  );
});
