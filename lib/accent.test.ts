import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCENT_TEXT,
  THEME_BACKGROUNDS,
  accentStylesheet,
  accentStylesheetPath,
  checkAccent,
  darkShade,
} from './accent';
import { AA_TEXT, contrastRatio, parseHex, toHex, toOklch } from './contrast';

const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);

describe('accent colour', () => {
  it('measures against the backgrounds and button text globals.css really uses', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/g)].map((m) => m[1]);
    const [lightFg, darkFg] = [...css.matchAll(/--accent-fg:\s*(#[0-9a-f]+)/g)].map((m) => m[1]);
    expect({ light, dark }).toEqual(THEME_BACKGROUNDS);
    expect(lightFg === '#fff' ? '#ffffff' : lightFg).toBe(ACCENT_TEXT.light);
    expect(darkFg).toBe(ACCENT_TEXT.dark);
  });

  it('passes the built-in blue and refuses colours too light for the light theme', () => {
    const blue = checkAccent('#0B5CAD')!;
    expect(blue.ok).toBe(true);
    expect(blue.light).toBe('#0b5cad');
    expect(blue.lightRatio).toBeGreaterThan(AA_TEXT);
    expect(blue.darkRatio).toBeGreaterThanOrEqual(AA_TEXT);
    for (const pale of ['#ffcc00', '#7cb6ff', '#777777', '#ff6600']) {
      const check = checkAccent(pale)!;
      expect(check.ok).toBe(false);
      expect(check.lightRatio).toBeLessThan(AA_TEXT);
    }
    // The page is a warm off-white, a little darker than white: #767676 passes on white, not here.
    expect(checkAccent('#767676')!.ok).toBe(false);
    expect(checkAccent('#737373')!.ok).toBe(true);
    expect(checkAccent('blue')).toBeNull();
  });

  it('finds a dark-theme shade of the same hue for every colour that passes on light', () => {
    const color = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((c) => toHex(c as [number, number, number]))
      .filter((c) => ratio(c, THEME_BACKGROUNDS.light) >= AA_TEXT);
    fc.assert(
      fc.property(color, (c) => {
        const check = checkAccent(c)!;
        expect(check.ok).toBe(true);
        expect(ratio(check.dark, THEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(AA_TEXT);
        expect(ratio(check.dark, ACCENT_TEXT.dark)).toBeGreaterThanOrEqual(AA_TEXT);
        expect(ratio(c, ACCENT_TEXT.light)).toBeGreaterThanOrEqual(AA_TEXT);
        // Lighter, never darker; a saturated colour keeps its hue (greys have none to keep).
        const [from, to] = [toOklch(parseHex(c)!), toOklch(parseHex(check.dark)!)];
        expect(to.l).toBeGreaterThanOrEqual(from.l);
        if (from.c > 0.08 && to.c > 0.04) expect(Math.cos(to.h - from.h)).toBeGreaterThan(0.95);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a colour that already passes on dark', () => {
    expect(darkShade('#7cb6ff')).toBe('#7cb6ff');
  });

  it('writes the stylesheet only for a colour that passes', () => {
    const css = accentStylesheet('#0b5cad')!;
    expect(css).toContain(':root:root{--accent:#0b5cad;--accent-fg:#ffffff}');
    expect(css).toMatch(/prefers-color-scheme: dark\)\{:root:root\{--accent:#[0-9a-f]{6};/);
    expect(accentStylesheet('#ffcc00')).toBeNull();
    expect(accentStylesheet('#0b5cad}body{display:none')).toBeNull();
    expect(accentStylesheetPath('#0B5CAD')).toBe('/accent/0b5cad.css');
  });
});
