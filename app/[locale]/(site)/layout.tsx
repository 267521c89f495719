import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { getSettings } from '@/db/queries/settings';
import { pick } from '@/lib/format';
import { localeFrom } from '@/lib/i18n/server';

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const settings = getSettings();
  return (
    <>
      <SiteHeader locale={locale} t={t} title={pick(settings.titles, locale)} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
}
