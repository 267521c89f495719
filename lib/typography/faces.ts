import type { ReadingFace } from '@/lib/model';

/** The languages that have a serif reading face (app/globals.css: --serif-ja, --serif-latin). */
const FACE_LANGUAGES = ['ja', 'en'] as const;

const hasFace = (l: string): l is (typeof FACE_LANGUAGES)[number] =>
  (FACE_LANGUAGES as readonly string[]).includes(l);

/**
 * The value of <html data-serif>: the languages that read in serif, space separated (CSS matches
 * `[data-serif~='ja']`), or undefined when every language reads in sans.
 */
export function serifAttribute(faces: Partial<Record<string, ReadingFace>>): string | undefined {
  const serif = Object.entries(faces)
    .filter(([l, face]) => face === 'serif' && hasFace(l))
    .map(([l]) => l)
    .sort();
  return serif.length ? serif.join(' ') : undefined;
}

/** Of the blog's languages, those whose reading face the owner can choose. */
export const faceLanguages = (languages: string[]) => languages.filter(hasFace);
