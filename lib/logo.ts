/**
 * The sizes the blog's logo is served in: square icons for the favicon and home screens (the
 * whole logo fitted in, on transparency), and a header rendition 48 px tall at twice the pixels.
 */
export const LOGO_RENDITIONS = {
  '32': { width: 32, height: 32, square: true },
  '180': { width: 180, height: 180, square: true },
  '192': { width: 192, height: 192, square: true },
  header: { width: 480, height: 96, square: false },
} as const;

export type LogoRendition = keyof typeof LOGO_RENDITIONS;

export const isLogoRendition = (s: string): s is LogoRendition => Object.hasOwn(LOGO_RENDITIONS, s);

/** Where a rendition is served: the stored name is random and never reused, so neither is this. */
export const logoPath = (rendition: LogoRendition, fileName: string) =>
  `/logo/${rendition}/${fileName}`;
