import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getSettings } from '@/db/queries/settings';
import { feedAlternates } from '@/lib/feeds/discovery';
import { pick } from '@/lib/format';
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
  return (
    <>
      <SiteHeader locale={locale} t={t} title={pick(settings.titles, locale)} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter locale={locale} t={t} timeZone={settings.timeZone} />
    </>
  );
}
