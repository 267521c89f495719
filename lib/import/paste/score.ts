import type { Features } from './features';
import { skeletonSimilarity } from './phonetic';

/** One shared anchor between a translation paragraph and a block; `key` identifies it for rarity. */
export type Hit = { key: string; strength: number; cue: string };

function sharedDates(t: Features, o: Features): Hit[] {
  return [...t.dates]
    .filter((d) => o.dates.has(d))
    .map((d) => ({ key: `date:${d}`, strength: 1, cue: d }));
}

/** Latin words kept inside CJK text ("WSJ") found in the Latin paragraph, or vice versa. */
function sharedLatinWords(cjk: Features, latin: Features, cjkIsTranslation: boolean): Hit[] {
  return [...cjk.words]
    .filter((w) => w.length >= 2 && !/^\d/.test(w) && latin.words.has(w))
    .map((w) => ({
      key: `${cjkIsTranslation ? 'word' : 'word-in'}:${w}`,
      strength: 1,
      cue: `latin:${w}`,
    }));
}

// Best Latin phrase per (block, katakana skeleton): the same names recur across translations.
const soundCache = new WeakMap<Features, Map<string, [number, string]>>();

function bestPhrase(skel: string, latin: Features): [number, string] {
  let cache = soundCache.get(latin);
  if (!cache) soundCache.set(latin, (cache = new Map()));
  const hit = cache.get(skel);
  if (hit) return hit;
  let found: [number, string] = [0, ''];
  for (const [lskel, lphrase] of latin.sounds) {
    if (lskel[0] !== skel[0]) continue;
    // Two-consonant skeletons (ロシア = RS) are too common among ordinary words; names only.
    if (Math.min(skel.length, lskel.length) === 2 && !/^\p{Lu}/u.test(lphrase)) continue;
    const sim = skeletonSimilarity(skel, lskel);
    if (sim > found[0]) found = [sim, lphrase];
  }
  cache.set(skel, found);
  return found;
}

/** Katakana words whose consonant skeleton matches a 1–3 word Latin phrase. */
function sharedSounds(cjk: Features, latin: Features): Hit[] {
  const hits: Hit[] = [];
  for (const [word, skel] of cjk.sounds) {
    const [best, phrase] = bestPhrase(skel, latin);
    // Loanwords matching ordinary lower-case words (リスク ~ risk) are weaker evidence than names.
    const strength = /^\p{Lu}/u.test(phrase) ? best : best / 2;
    if (best > 0) hits.push({ key: `kana:${word}`, strength, cue: `katakana:${word}~${phrase}` });
  }
  return hits;
}

/** Everyday words of the lexicon found on both sides (雨 ~ rain): weaker than names. */
function sharedWords(cjk: Features, latin: Features): Hit[] {
  const hits: Hit[] = [];
  for (const [k, ja] of cjk.lexicon) {
    const en = latin.lexicon.get(k);
    if (en) hits.push({ key: `lex:${k}`, strength: 0.6, cue: `word:${ja}~${en}` });
  }
  return hits;
}

function sharedNames(t: Features, o: Features): Hit[] {
  return [...t.names]
    .filter((n) => n.length >= 3 && o.names.has(n))
    .map((n) => ({ key: `name:${n}`, strength: 1, cue: `name:${n}` }));
}

/** Anchors shared across the language pair, whichever side is CJK. */
export function anchorHits(t: Features, o: Features): Hit[] {
  const hits = sharedDates(t, o);
  if (t.cjk !== o.cjk) {
    const [cjk, latin] = t.cjk ? [t, o] : [o, t];
    hits.push(...sharedLatinWords(cjk, latin, t.cjk), ...sharedSounds(cjk, latin));
    hits.push(...sharedWords(cjk, latin));
    for (const g of cjk.gloss) {
      if (latin.gloss.has(g)) hits.push({ key: `gloss:${g}`, strength: 0.5, cue: `gloss:${g}` });
    }
  } else if (t.cjk) {
    hits.push(...sharedLatinWords(t, o, true));
  } else {
    hits.push(...sharedNames(t, o));
  }
  return hits;
}

/** Numbers and dates rarely vanish in translation: each one missing on either side costs. */
export function missingDatesPenalty(t: Features, o: Features): number {
  let missing = 0;
  for (const d of t.dates) if (!o.dates.has(d)) missing += 1;
  for (const d of o.dates) if (!t.dates.has(d)) missing += 1;
  return -Math.min(1.5, 0.5 * missing);
}

/** Translation length over original length, in each side's own units. */
export function lengthRatio(t: Features, o: Features): number {
  return Math.max(t.units, 1) / Math.max(o.units, 1);
}

/** 1 at the expected ratio, 0 at twice or half of it, negative (floored at -2) beyond. */
export function lengthScore(t: Features, o: Features, expected: number): number {
  const off = Math.abs(Math.log(lengthRatio(t, o) / expected)) / Math.LN2;
  return Math.max(-2, 1 - off);
}

/** Quoted speech usually survives translation: reward equal counts, penalise one-sided quotes. */
export function quoteScore(t: Features, o: Features): number {
  if (t.quotes === 0 && o.quotes === 0) return 0;
  if (t.quotes === 0 || o.quotes === 0) return -0.3;
  return 0.6 * (Math.min(t.quotes, o.quotes) / Math.max(t.quotes, o.quotes));
}

/**
 * Sentence counts: the same several sentences a small plus (one each says nothing: most short
 * paragraphs are one sentence), each sentence of difference a small minus.
 */
export function sentenceScore(t: Features, o: Features): number {
  const diff = Math.abs(t.sentences - o.sentences);
  if (diff === 0) return t.sentences >= 2 ? 0.3 : 0;
  return -0.3 * Math.min(diff, 3);
}
