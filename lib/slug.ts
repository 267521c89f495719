import { toRomaji } from 'wanakana';
import { SLUG_MAX } from '@/lib/model';
import { wallTimeOf } from '@/lib/time-zone';

// A run of hiragana or of katakana (with the long-vowel mark), each a word of its own: "のキャッシュ"
// is a particle and a loanword. NFKC has already widened half-width katakana.
const KANA_RUN = /[\u3041-\u309f]+|[\u30a0-\u30ff]+/g;

const HIRAGANA = /^[\u3041-\u309f]+$/;
const KANJI = /\p{Script=Han}/u;

/**
 * Kana read aloud in Hepburn romaji ("テスト" → "tesuto"). Kanji have no reading without a
 * dictionary, so they are dropped; next to kanji, hiragana is grammar (particles, inflections:
 * "日本語だけ", "食べた") that alone makes a meaningless slug, so it goes too. Katakana (loanwords,
 * names) and a title written all in kana are kept. A single kana alone is never a word worth keeping.
 */
function romanizeKana(text: string): string {
  const grammarOnly = KANJI.test(text);
  return text.replace(KANA_RUN, (run) =>
    [...run].length < 2 || (grammarOnly && HIRAGANA.test(run)) ? ' ' : ` ${toRomaji(run)} `,
  );
}

// wanakana's toRomaji recurses once per kana and copies as it goes (6,000 kana overflow the
// stack), and no slug needs more than the start of a title: 2,000 code points give 120 characters.
const SLUG_SOURCE_MAX = 2_000;
const head = (text: string) =>
  text.length <= SLUG_SOURCE_MAX
    ? text
    : Array.from(text.slice(0, SLUG_SOURCE_MAX * 2))
        .slice(0, SLUG_SOURCE_MAX)
        .join('');

/**
 * The one slug rule (posts, imports, categories): latin words kept, kana romanized, everything else
 * a separator; ASCII letters and digits joined by hyphens, '' when nothing usable is left.
 */
export function slugify(text: string): string {
  const ascii = romanizeKana(head(text).normalize('NFKC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX).replace(/-+$/, '');
}

/** `YYYY-MM-DD-N`, the day in the blog's time zone: for titles that leave no usable slug. */
export function dateSlug(at: Date, timeZone: string, n = 1): string {
  const w = wallTimeOf(at, timeZone);
  const two = (v: number) => String(v).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}-${n}`;
}

export const DATE_SLUG_PATTERN = /^(\d{4}-\d{2}-\d{2})-(\d{1,4})$/;

/** The next date slug after a taken one ("2026-11-28-1" → "2026-11-28-2"), or null for others. */
export function nextDateSlug(slug: string): string | null {
  const m = DATE_SLUG_PATTERN.exec(slug);
  return m ? `${m[1]}-${Number(m[2]) + 1}` : null;
}
