/** Letters per script; CJK counts per character, Latin per letter. */
export type ScriptCounts = { latin: number; kana: number; han: number; hangul: number };

export function countScripts(text: string): ScriptCounts {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return {
    latin: count(/\p{Script=Latin}/gu),
    kana: count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
    han: count(/\p{Script=Han}/gu),
    hangul: count(/\p{Script=Hangul}/gu),
  };
}

export const CJK_LANGUAGES = new Set(['ja', 'zh', 'ko']);

// Short, frequent function words: enough to tell Latin-script languages apart in a paragraph.
const STOP_WORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'was',
    'for',
    'with',
    'on',
    'it',
    'by',
    'said',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'une',
    'du',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'au',
  ],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'den', 'von', 'zu', 'auf'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se', 'como'],
  it: ['il', 'gli', 'che', 'della', 'di', 'non', 'per', 'una', 'sono', 'con', 'nel', 'anche'],
  pt: ['os', 'que', 'não', 'uma', 'com', 'para', 'do', 'da', 'em', 'é', 'dos', 'foi'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'is', 'op', 'voor', 'met', 'zijn'],
};

/** Latin-script language by stop-word hits; ties and no hits fall back to the first candidate. */
function detectLatin(text: string, candidates: string[]): string {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let best = candidates[0] ?? 'en';
  let bestHits = 0;
  for (const lang of candidates) {
    const list = STOP_WORDS[lang];
    if (!list) continue;
    const hits = words.filter((w) => list.includes(w)).length;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

/**
 * Language of one paragraph, or null when it has no letters. CJK wins over embedded Latin
 * (acronyms like "WSJ" inside Japanese) because one CJK character carries several letters' worth.
 * `latinCandidates` narrows same-script guesses (e.g. a known en/fr pair).
 */
export function detectLanguage(text: string, latinCandidates?: string[]): string | null {
  const c = countScripts(text);
  const cjk = c.kana + c.han + c.hangul;
  if (cjk === 0 && c.latin === 0) return null;
  if (cjk * 3 >= c.latin) {
    if (c.hangul >= c.kana + c.han) return 'ko';
    return c.kana > 0 ? 'ja' : 'zh';
  }
  const pool = latinCandidates?.filter((l) => !CJK_LANGUAGES.has(l)) ?? [];
  return detectLatin(text, pool.length ? pool : Object.keys(STOP_WORDS));
}
