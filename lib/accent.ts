import { AA_TEXT, contrastRatio, fromOklch, parseHex, toHex, toOklch, type Rgb } from './contrast';

/**
 * The page backgrounds of the two themes (`--bg` in app/globals.css; a unit test keeps them equal).
 * An accent is text (links, focus rings) on these, and the background of buttons.
 */
export const THEME_BACKGROUNDS = { light: '#fdfcf9', dark: '#16171a' } as const;
/** Text on an accent-coloured button, per theme (`--accent-fg`). */
export const ACCENT_TEXT = { light: '#ffffff', dark: '#0b1320' } as const;

export type AccentCheck = {
  /** The owner's colour, used as is in the light theme. */
  light: string;
  lightRatio: number;
  /** The same hue made light enough for the dark theme (or the colour itself if it already is). */
  dark: string;
  darkRatio: number;
  ok: boolean;
};

const rgb = (hex: string) => parseHex(hex) as Rgb;

/**
 * No one colour reaches 4.5:1 on both backgrounds (it would need a luminance of at most 0.177 for
 * the light one and at least 0.213 for the dark one), so the owner's colour is the light theme's
 * accent and must pass there; the dark theme gets the least lightening of it, in OKLCH (same hue,
 * lightness raised), that passes on the dark background. Both results are checked as hex.
 */
export function darkShade(hex: string): string {
  const dark = rgb(THEME_BACKGROUNDS.dark);
  const base = rgb(hex);
  if (contrastRatio(base, dark) >= AA_TEXT) return toHex(base);
  const { l, c, h } = toOklch(base);
  for (let step = 1; step <= 200; step++) {
    const candidate = toHex(fromOklch({ l: l + ((1 - l) * step) / 200, c, h }));
    if (contrastRatio(rgb(candidate), dark) >= AA_TEXT) return candidate;
  }
  return '#ffffff';
}

/** The owner's accent measured against both themes; null when it is not `#rrggbb`. */
export function checkAccent(input: string): AccentCheck | null {
  const parsed = parseHex(input);
  if (!parsed) return null;
  const light = toHex(parsed);
  const dark = darkShade(light);
  const lightRatio = contrastRatio(parsed, rgb(THEME_BACKGROUNDS.light));
  const darkRatio = contrastRatio(rgb(dark), rgb(THEME_BACKGROUNDS.dark));
  const buttons =
    contrastRatio(parsed, rgb(ACCENT_TEXT.light)) >= AA_TEXT &&
    contrastRatio(rgb(dark), rgb(ACCENT_TEXT.dark)) >= AA_TEXT;
  return {
    light,
    lightRatio,
    dark,
    darkRatio,
    ok: lightRatio >= AA_TEXT && darkRatio >= AA_TEXT && buttons,
  };
}

/**
 * The stylesheet that applies a checked accent: custom properties only, with doubled `:root` so
 * it wins over globals.css wherever the link lands in the head. Null for a colour that fails.
 */
export function accentStylesheet(input: string): string | null {
  const check = checkAccent(input);
  if (!check?.ok) return null;
  return [
    `:root:root{--accent:${check.light};--accent-fg:${ACCENT_TEXT.light}}`,
    `@media (prefers-color-scheme: dark){:root:root{--accent:${check.dark};--accent-fg:${ACCENT_TEXT.dark}}}`,
    '',
  ].join('\n');
}

/** Where a page links the accent's stylesheet: the colour is the name, so the file never changes. */
export function accentStylesheetPath(hex: string): string {
  return `/accent/${hex.slice(1).toLowerCase()}.css`;
}
