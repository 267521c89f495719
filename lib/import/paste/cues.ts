/**
 * The aligner's evidence for one pair, in terms a blogger can read: what both paragraphs share
 * (numbers, names, words…) and how sure the aligner is. The UI words each kind through
 * next-intl (`alignment.cues.<kind>`); values are shown as written (months/weekdays as numbers
 * 1–12 and 0–6, for the UI to name in its locale).
 */
const CUE_KINDS = [
  'numbers',
  'months',
  'weekdays',
  'names',
  'latin',
  'words',
  'quotes',
  'sentences',
  'heading',
  'layout',
  'length',
  'missingNumbers',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type Cue = { kind: CueKind; values: string[] };

export type Confidence = 'strong' | 'fair' | 'weak';

// Margins (in score points) between the chosen arrangement and the best one without this pair.
const STRONG_MARGIN = 1.5;
const FAIR_MARGIN = 0.7;

/** strong / fair / weak from the pair's margin over the next best arrangement. */
export function confidenceOf(margin: number): Confidence {
  if (margin >= STRONG_MARGIN) return 'strong';
  return margin >= FAIR_MARGIN ? 'fair' : 'weak';
}

// Internal cue prefix → kind; a value after the colon ("a~b" pairs become "a ↔ b").
const PREFIXES: Record<string, CueKind> = {
  num: 'numbers',
  month: 'months',
  dow: 'weekdays',
  katakana: 'names',
  name: 'names',
  latin: 'latin',
  word: 'words',
  gloss: 'words',
  sentences: 'sentences',
};

/** Groups the aligner's internal cues ("num:60", "katakana:コメルサント~Kommersant") by kind. */
export function describeCues(cues: string[]): Cue[] {
  const byKind = new Map<CueKind, string[]>();
  const add = (kind: CueKind, value?: string) => {
    const values = byKind.get(kind) ?? [];
    if (value !== undefined && !values.includes(value)) values.push(value);
    byKind.set(kind, values);
  };
  for (const cue of cues) {
    const at = cue.indexOf(':');
    const prefix = at < 0 ? cue : cue.slice(0, at);
    const value = at < 0 ? undefined : cue.slice(at + 1).replace('~', ' ↔ ');
    if (prefix === 'heading' || prefix === 'layout' || prefix === 'quotes') add(prefix);
    else if (prefix === 'length') {
      if (Number(value) >= 0.5) add('length');
    } else if (prefix === 'missing-numbers') add('missingNumbers');
    else if (PREFIXES[prefix]) add(PREFIXES[prefix], value);
  }
  return CUE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
    kind,
    values: byKind.get(kind) ?? [],
  }));
}
