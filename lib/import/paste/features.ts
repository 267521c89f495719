import { cjkDates, latinDates } from './dates';
import { LEXICON } from './lexicon';
import { katakanaSkeleton, latinSkeleton } from './phonetic';
import { hasTerminalPunctuation } from './text';

/** Language-neutral anchors of one paragraph, compared across languages by paste-score. */
export type Features = {
  cjk: boolean;
  /** Non-space characters: the unit of the length ratio. */
  units: number;
  /** "num:7", "month:3", "dow:5": numbers and dates, with month/day names resolved. */
  dates: Set<string>;
  /** Lower-cased Latin words (on the CJK side: words left in Latin script, e.g. "wsj"). */
  words: Set<string>;
  /** Capitalised Latin words, proper-noun candidates for same-script pairs. */
  names: Set<string>;
  /** CJK side: katakana words with their skeletons. Latin side: skeletons of 1–3 word runs. */
  sounds: Map<string, string>;
  gloss: Set<string>;
  /** LEXICON entries (everyday words: 雨 ~ rain) found, with the word as written here. */
  lexicon: Map<number, string>;
  /** Sentences, by Intl.Segmenter: a two-sentence paragraph is rarely a one-sentence one. */
  sentences: number;
  quotes: number;
  headingLike: boolean;
};

// A few transliteration-free correspondences common in news text (kanji names of places/bodies).
const GLOSSARY: Array<[string, string[]]> = [
  ['米国', ['US', 'U.S.', 'American', 'America', 'United States']],
  ['英国', ['UK', 'British', 'Britain']],
  ['国連', ['UN', 'United Nations']],
  ['中国', ['China', 'Chinese']],
  ['日本', ['Japan', 'Japanese']],
  ['韓国', ['South Korea', 'Korean']],
  ['欧州', ['Europe', 'European', 'EU']],
  ['大統領', ['President', 'president']],
  ['首相', ['Prime Minister', 'prime minister']],
];

function countQuotes(text: string): number {
  const curly = (text.match(/[「『“]/g) ?? []).length;
  return curly + Math.floor((text.match(/"/g) ?? []).length / 2);
}

/** Skeletons of every run of 1–3 consecutive words, so compounds (ホワイトハウス) can match. */
function latinSounds(words: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      // Multi-word compounds (White House ~ ホワイトハウス) are proper nouns: all capitalised.
      if (n > 1 && !run.every((w) => /^\p{Lu}/u.test(w))) break;
      const phrase = run.join(' ');
      const skel = latinSkeleton(phrase);
      if (skel.length >= 2 && !out.has(skel)) out.set(skel, phrase);
    }
  }
  return out;
}

function kanaSounds(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of text.match(/[\u30A1-\u30FC]+/g) ?? []) {
    for (const word of run.split(/[・゠]/)) {
      const skel = katakanaSkeleton(word);
      if (skel.length >= 2) out.set(word, skel);
    }
  }
  return out;
}

// Plain inflections only, so "car" doesn't match "card" nor "war" "warn"; -d only after -e.
const INFLECTION = /^(?:s|es|ed|ing|er|ers|y|ies|ied|ly|ren|ten)?$/;
const inflected = (word: string, stem: string) =>
  word.startsWith(stem) &&
  (INFLECTION.test(word.slice(stem.length)) || (stem.endsWith('e') && word === `${stem}d`));

function lexiconEntries(text: string, cjk: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const words = cjk ? [] : text.toLowerCase().split(/[^\p{L}']+/u);
  LEXICON.forEach(([ja, en], k) => {
    const hit = cjk
      ? ja.find((w) => text.includes(w))
      : words.find((w) => en.some((stem) => inflected(w, stem)));
    if (hit) out.set(k, hit);
  });
  return out;
}

const segmenters = new Map<boolean, Intl.Segmenter>();

function countSentences(text: string, cjk: boolean): number {
  let seg = segmenters.get(cjk);
  if (!seg)
    segmenters.set(cjk, (seg = new Intl.Segmenter(cjk ? 'ja' : 'en', { granularity: 'sentence' })));
  let n = 0;
  for (const s of seg.segment(text)) if (/[\p{L}\p{N}]/u.test(s.segment)) n += 1;
  return n;
}

export function extractFeatures(raw: string, cjk: boolean): Features {
  const text = raw.normalize('NFKC');
  const latinWords =
    text.match(/[\p{Script=Latin}][\p{Script=Latin}\d.&]*[\p{Script=Latin}\d]|[A-Z]/gu) ?? [];
  const gloss = new Set<string>();
  for (const [kanji, english] of GLOSSARY) {
    const hit = cjk
      ? text.includes(kanji)
      : english.some((e) => new RegExp(`(^|[^\\w])${e.replace('.', '\\.')}([^\\w]|$)`).test(text));
    if (hit) gloss.add(kanji);
  }
  const units = text.replace(/\s/g, '').length;
  return {
    cjk,
    units,
    dates: cjk ? cjkDates(text) : latinDates(text),
    words: new Set(latinWords.map((w) => w.toLowerCase())),
    names: new Set(latinWords.filter((w) => /^\p{Lu}/u.test(w))),
    sounds: cjk
      ? kanaSounds(text)
      : latinSounds(text.split(/[^\p{L}]+/u).filter((w) => w.length >= 2)),
    gloss,
    lexicon: lexiconEntries(text, cjk),
    sentences: countSentences(text, cjk),
    quotes: countQuotes(text),
    headingLike: !hasTerminalPunctuation(raw) && units <= (cjk ? 60 : 120),
  };
}
