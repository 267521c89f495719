import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getBlogLook } from '@/db/queries/blog-look';
import { getSettings } from '@/db/queries/settings';
import { localeFrom } from '@/server/i18n';
import { pick } from '@/lib/format';
import { siteUrl } from '@/lib/site-url';
import { AccentStylesheet, blogIcons } from '@/components/blog-look';
import { serifAttribute } from '@/lib/typography/faces';
import { ClientMessages } from '@/components/client-messages';
import '../globals.css';
import '../reading.css';

// Nothing is rendered at build time (the build has no database to read): public pages render on
// first request and are then cached (serving/page-cache-handler.mjs); staff pages per request.
export const generateStaticParams = () => [];

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const settings = getSettings();
  const title = pick(settings.titles, locale);
  return {
    // Relative metadata URLs (og:image, alternates) resolve against SITE_URL, never the Host header.
    metadataBase: new URL(siteUrl()),
    title: { default: title, template: `%s | ${title}` },
    description: pick(settings.descriptions, locale) || undefined,
    icons: blogIcons(getBlogLook()),
    alternates: {
      types: { 'application/rss+xml': [{ url: `/${locale}/feed.xml`, title }] },
    },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await localeFrom(params);
  const settings = getSettings();
  // The error, not-found, forbidden and unauthorized screens are client components: they get
  // their few strings (`boundary`) here; parts below get their own messages where they render.
  return (
    // The reading face is an attribute CSS reads (no inline style: the CSP stays strict); cached
    // pages pick a new choice up because saving settings expires them all.
    <html lang={locale} data-serif={serifAttribute(settings.readingFaces)}>
      <body>
        <AccentStylesheet look={getBlogLook()} />
        <ClientMessages locale={locale} namespaces={['boundary']} timeZone={settings.timeZone}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
