/**
 * Rough consonant skeletons so a katakana transliteration (ペスコフ) can be compared with the
 * English spelling it came from (Peskov). Both sides map to the same coarse classes:
 * B = b/p/f/v, K = k/g/c/q, S = s/z/j/sh, T = t/d/ch/ts, N = n/m, R = r/l, W = w.
 * Vowels and h are dropped because katakana inserts vowels and English often silences h.
 */

const KANA_CLASSES: Array<[string, string]> = [
  ['カキクケコガギグゲゴヵヶ', 'K'],
  ['サシスセソザジズゼゾ', 'S'],
  ['タチツテトダヂヅデド', 'T'],
  ['ナニヌネノンマミムメモ', 'N'],
  ['フバビブベボパピプペポヴ', 'B'],
  ['ラリルレロ', 'R'],
  ['ワヰヱヲヮ', 'W'],
];
const KANA_MAP = new Map<string, string>();
for (const [chars, cls] of KANA_CLASSES) for (const ch of chars) KANA_MAP.set(ch, cls);

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Skeleton of a katakana word; ウォ/ウィ/ウェ are a w-sound. */
export function katakanaSkeleton(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((ch, i) => {
    if (ch === 'ウ' && /[ァィェォ]/.test(chars[i + 1] ?? '')) out += 'W';
    else out += KANA_MAP.get(ch) ?? '';
  });
  return collapse(out);
}

// Spelling-to-sound rewrites applied before mapping letters to classes.
const LATIN_REWRITES: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/wh/g, 'w'],
  [/ck/g, 'k'],
  [/tch/g, 'c'],
  [/sch|sh/g, 's'],
  [/ti(?=[aeiou])/g, 's'],
  [/c(?=[eiy])/g, 's'],
  [/ch/g, 't'],
  [/th/g, 't'],
  [/x/g, 'ks'],
  [/qu/g, 'kw'],
];
const LATIN_CLASSES: Record<string, string> = {
  b: 'B',
  p: 'B',
  f: 'B',
  v: 'B',
  c: 'K',
  g: 'K',
  k: 'K',
  q: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  t: 'T',
  d: 'T',
  m: 'N',
  n: 'N',
  r: 'R',
  l: 'R',
  w: 'W',
};

/** Skeleton of one or more Latin words (joined: "White House" ~ ホワイトハウス). */
export function latinSkeleton(words: string): string {
  let s = words
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
  for (const [re, to] of LATIN_REWRITES) s = s.replace(re, to);
  return collapse([...s].map((ch) => LATIN_CLASSES[ch] ?? '').join(''));
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] ?? 0);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * Similarity in [0, 1] (Dice over the longest common subsequence), or 0 when the skeletons
 * can't plausibly be the same name: different first sound, or too short to be distinctive.
 */
export function skeletonSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2 || a[0] !== b[0]) return 0;
  const common = lcs(a, b);
  const sim = (2 * common) / (a.length + b.length);
  // Two-consonant names (ロシア, カービー) must be fully contained in the other side.
  if (Math.min(a.length, b.length) === 2) return common === 2 && sim >= 0.8 ? sim : 0;
  return sim >= 0.8 ? sim : 0;
}
