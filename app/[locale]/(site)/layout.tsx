import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getBlogLook } from '@/db/queries/blog-look';
import { getSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/discovery';
import { pick, pickWithLanguage } from '@/lib/format';
import { logoPath } from '@/lib/logo';
import { localeFrom } from '@/server/i18n';
import { expireAtNextScheduledPost } from '@/server/reader-cache';
import '../../site.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: { params: Props['params'] }): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  return { alternates: { types: feedAlternates(locale, pick(getSettings().titles, locale), t) } };
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale, t } = await localeFrom(params);
  const settings = getSettings();
  expireAtNextScheduledPost();
  const { logoFile } = getBlogLook();
  const brand = {
    title: pick(settings.titles, locale),
    description: pickWithLanguage(settings.descriptions, locale, settings.defaultLanguage),
    logoSrc: logoFile && logoPath('header', logoFile),
  };
  return (
    <>
      <SiteHeader locale={locale} t={t} brand={brand} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter locale={locale} t={t} timeZone={settings.timeZone} />
    </>
  );
}
