/** Numbers and dates of a paragraph as language-neutral keys: "num:7", "month:3", "dow:5". */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const JA_DAYS = '日月火水木金土';

const LATIN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const CJK_SCALES: Record<string, number> = { 万: 1e4, 億: 1e8 };
const value = (digits: string) => Number(digits.replace(/,/g, ''));

export function latinDates(raw: string): Set<string> {
  const out = new Set<string>();
  // "120 million" is written 1億2000万 in Japanese: compare values, not digits.
  const text = raw.replace(
    /(\d[\d,]*(?:\.\d+)?) (thousand|million|billion)\b/g,
    (_, n: string, scale: string) => (
      out.add(`num:${Math.round(value(n) * (LATIN_SCALES[scale] ?? 1))}`),
      ' '
    ),
  );
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

export function cjkDates(text: string): Set<string> {
  const out = new Set<string>();
  const scaled = text.replace(
    /(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?/g,
    (m, oku?: string, man?: string) => {
      if (!m) return m;
      const n =
        Number(oku ?? 0) * (CJK_SCALES['億'] ?? 0) + Number(man ?? 0) * (CJK_SCALES['万'] ?? 0);
      out.add(`num:${Math.round(n)}`);
      return ' ';
    },
  );
  const rest = scaled.replace(
    /(\d{1,2})\s*月(?!曜)/g,
    (_, n: string) => (out.add(`month:${Number(n)}`), ' '),
  );
  for (const m of rest.matchAll(/\d+(?:\.\d+)?/g)) out.add(`num:${m[0]}`);
  for (const m of text.matchAll(/([日月火水木金土])曜/g))
    out.add(`dow:${JA_DAYS.indexOf(m[1] ?? '')}`);
  return out;
}
