import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  formatRatio,
  fromOklch,
  parseHex,
  relativeLuminance,
  toHex,
  toOklch,
} from './contrast';

const hex = (s: string) => parseHex(s)!;

describe('contrast', () => {
  it('reads #rrggbb in any case and refuses other shapes', () => {
    expect(parseHex('#0B5cAd')).toEqual([11, 92, 173]);
    for (const bad of ['0b5cad', '#fff', '#0b5cad0', '#gg0000', 'red', '', '#0b5cad;x'])
      expect(parseHex(bad)).toBeNull();
  });

  it('gives the WCAG luminance and ratios of known pairs', () => {
    expect(relativeLuminance(hex('#000000'))).toBe(0);
    expect(relativeLuminance(hex('#ffffff'))).toBeCloseTo(1, 10);
    expect(contrastRatio(hex('#000000'), hex('#ffffff'))).toBeCloseTo(21, 10);
    // Published values (WebAIM's checker): #767676 is the lightest grey passing AA on white.
    expect(contrastRatio(hex('#767676'), hex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(hex('#777777'), hex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(hex('#0000ff'), hex('#ffffff'))).toBeCloseTo(8.59, 2);
  });

  it('is symmetric and between 1 and 21', () => {
    const color = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((c) => c as [number, number, number]);
    fc.assert(
      fc.property(color, color, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBe(contrastRatio(b, a));
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21 + 1e-9);
      }),
    );
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.4:1');
    expect(formatRatio(4.5)).toBe('4.5:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });

  it('goes to OKLCH and back to the same colour', () => {
    const color = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((c) => c as [number, number, number]);
    fc.assert(
      fc.property(color, (c) => {
        expect(toHex(fromOklch(toOklch(c)))).toBe(toHex(c));
      }),
    );
    // Reference value from Ottosson's OKLab: white is L = 1, no chroma.
    expect(toOklch(hex('#ffffff')).l).toBeCloseTo(1, 4);
    expect(toOklch(hex('#ffffff')).c).toBeCloseTo(0, 4);
  });
});
