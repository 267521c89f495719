import type { Metadata } from 'next';
import type { BlogLook } from '@/db/queries/blog-look';
import { accentStylesheetPath } from '@/lib/accent';
import { logoPath } from '@/lib/logo';

/**
 * The owner's accent as a stylesheet of its own (`/accent/<hex>.css`, from 'self'): an inline
 * style would need a hash on cached pages and a nonce on staff pages. React hoists it into <head>.
 */
export function AccentStylesheet({ look }: { look: BlogLook }) {
  return look.accentColor ? (
    <link rel="stylesheet" href={accentStylesheetPath(look.accentColor)} precedence="high" />
  ) : null;
}

/** Favicon and home-screen icons: the owner's logo in PNG sizes, else the files in public/. */
export function blogIcons(look: BlogLook): Metadata['icons'] {
  const file = look.logoFile;
  if (!file)
    return {
      icon: [
        { url: '/favicon.ico', sizes: '48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    };
  return {
    icon: [
      { url: logoPath('32', file), sizes: '32x32', type: 'image/png' },
      { url: logoPath('192', file), sizes: '192x192', type: 'image/png' },
    ],
    apple: { url: logoPath('180', file), sizes: '180x180', type: 'image/png' },
  };
}
