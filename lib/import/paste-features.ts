import { katakanaSkeleton, latinSkeleton } from './paste-phonetic';
import { hasTerminalPunctuation } from './paste-text';

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
  quotes: number;
  headingLike: boolean;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const JA_DAYS = '日月火水木金土';

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

function latinDates(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(`num:${m[0].replace(/,/g, '')}`);
  // Capitalised only: "mar", "may" are ordinary words; "May" needs a date-like neighbour.
  for (const m of text.matchAll(
    /\b(?:(in|of|early|late|mid-|since|until) )?([A-Z][a-z]{2,8})\.?( \d)?/g,
  )) {
    const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase());
    const full = MONTH_NAMES.test(m[2] ?? '');
    if (month < 0 || !full) continue;
    if (m[2] === 'May' && !m[1] && !m[3]) continue;
    out.add(`month:${month + 1}`);
  }
  for (const w of text.match(/\b[A-Z][a-z]+day\b/g) ?? []) {
    const day = DAYS.indexOf(w.toLowerCase());
    if (day >= 0) out.add(`dow:${day}`);
  }
  return out;
}

function cjkDates(text: string): Set<string> {
  const out = new Set<string>();
  const rest = text.replace(
    /(\d{1,2})\s*月(?!曜)/g,
    (_, n: string) => (out.add(`month:${Number(n)}`), ' '),
  );
  for (const m of rest.matchAll(/\d+(?:\.\d+)?/g)) out.add(`num:${m[0]}`);
  for (const m of text.matchAll(/([日月火水木金土])曜/g))
    out.add(`dow:${JA_DAYS.indexOf(m[1] ?? '')}`);
  return out;
}

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
    quotes: countQuotes(text),
    headingLike: !hasTerminalPunctuation(raw) && units <= (cjk ? 60 : 120),
  };
}
