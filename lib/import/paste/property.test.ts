import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPaste, type PasteImportResult } from './import';
import { withChrome } from './restore';

const JA = [
  '松本城の城下町、中町通りを歩く',
  '白壁の土蔵が並ぶ中町通りは、江戸時代から商人の町として栄えた。',
  '通りには今も約30棟の蔵が残り、その多くがカフェとして使われている。',
  'ペスコフ報道官は「確認も否定もできない」と述べた。',
  '国連は金曜日、3月の合意が守られていると発表した。',
];
const EN = [
  'Walking Nakamachi Street in the castle town of Matsumoto',
  'About 30 storehouses still stand along the street, and many are now cafés.',
  'Kremlin spokesman Dmitry Peskov said: “I cannot either confirm or deny it.”',
  'The UN said on Friday that the March agreement was holding.',
  'Opposition members walked out before the vote.',
];
// Lines that look like page chrome, or like chrome but are content.
const CHROME_LIKE = [
  'Comments',
  'Email',
  'コメント',
  'Name:',
  'お名前: [必須入力]',
  'Email (required)',
  'Posted by X at 10:30',
  'posted by ZUKUNASHI at 08:59| Comment(0) | ウクライナ',
  '投稿者：山田太郎 日時：2024/05/12 10:30',
  '速報：大雨で東海道新幹線が終日運転見合わせ',
  'ロシアと米国がアンカラで秘密会談: ずくなしの冷や水',
  'Breaking: Storm hits the coast',
  // A whole page's frame: masthead, dateline, widgets, copyright.
  'Home',
  'トップページ',
  '2023年07月13日',
  'Posted on May 3, 2024 by Ann',
  'カテゴリ',
  'ウクライナ(1243)',
  'Copyright © ずくなしの冷や水 All Rights Reserved.',
];

const prose = fc.oneof(
  fc.constantFrom(...JA, ...EN),
  fc.stringMatching(/^[ぁ-んァ-ン一-龯]{2,30}[。]?$/),
  fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,8}[.]?$/),
);
const paragraph = fc.oneof(
  { arbitrary: prose, weight: 5 },
  { arbitrary: fc.constantFrom(...CHROME_LIKE), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
);
const gap = fc.constantFrom('\n', '\n\n', '\n\n\n\n', '\r\n', '\r\n\r\n', '\n \t\n');
/** A paste: at least one real paragraph, in a random mix with chrome-looking lines and noise. */
const paste = fc
  .tuple(prose, fc.array(fc.tuple(paragraph, gap), { maxLength: 25 }), fc.nat())
  .map(([first, rest, at]) => {
    const parts: Array<[string, string]> = [...rest];
    parts.splice(at % (parts.length + 1), 0, [first, '\n\n']);
    return parts.map(([p, g]) => p + g).join('');
  });

/** The paste's paragraphs by line, read independently of the importer: every non-empty line. */
function paragraphsOf(text: string): Map<number, string> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out = new Map<number, string>();
  lines.forEach((raw, k) => {
    const line = raw
      .normalize('NFC')
      .replace(/[ \t\u00a0\f\v]+/g, ' ')
      .trim();
    if (line) out.set(k, line);
  });
  return out;
}

const isIncreasing = (xs: number[]) => xs.every((x, k) => k === 0 || x > (xs[k - 1] as number));

/** Every paragraph exactly once, in order within each stream, and its text unchanged. */
function checkInvariant(text: string, r: PasteImportResult) {
  const { originalLanguage: o, translationLanguage: t } = r.meta;
  const found: Array<[number, string | null | undefined]> = [];
  r.blocks.forEach((b, i) => {
    const s = r.sources[i]!;
    expect(Object.keys(b.texts).sort()).toEqual([o, t].sort());
    found.push([s.original, b.texts[o]]);
    if (s.translation === null) expect(b.texts[t]).toBeNull();
    else found.push([s.translation, b.texts[t]]);
  });
  for (const c of r.removedAsChrome) found.push([c.line, c.text]);
  found.sort((a, b) => a[0] - b[0]);
  expect(found).toEqual([...paragraphsOf(text)]);
  const originals = r.sources.filter((s) => !s.leftover).map((s) => s.original);
  const translations = r.sources.flatMap((s) =>
    s.leftover ? [s.original] : s.translation === null ? [] : [s.translation],
  );
  expect(
    isIncreasing(originals) &&
      isIncreasing(translations) &&
      isIncreasing(r.removedAsChrome.map((c) => c.line)),
  ).toBe(true);
  // Put back, the chrome lines sit where they were among the original-column texts.
  const restored = withChrome(r.blocks, r.removedAsChrome, o, [o, t]);
  expect(restored.flatMap((b) => Object.values(b.texts)).filter((x) => x !== null)).toHaveLength(
    found.length,
  );
}

describe('importPaste keeps every pasted paragraph (property)', () => {
  it('puts every non-empty paragraph into a block or the chrome list, in order, exactly once', () => {
    fc.assert(
      fc.property(paste, (text) => checkInvariant(text, importPaste(text))),
      { numRuns: 400 },
    );
  });

  it('keeps them all when the owner chooses either language as the original', () => {
    const both = fc
      .tuple(paste, fc.constantFrom(...JA), fc.constantFrom(...EN))
      .map(([p, ja, en]) => `${p}\n\n${ja}\n\n${en}`);
    fc.assert(
      fc.property(both, fc.constantFrom('ja', 'en'), (text, originalLanguage) => {
        const r = importPaste(text, { originalLanguage });
        expect(r.meta.originalGuess).toMatchObject({ language: originalLanguage, reason: 'given' });
        checkInvariant(text, r);
      }),
      { numRuns: 200 },
    );
  });
});
