import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { countPending } from '@/db/queries/moderation';
import { countSuggestionsByStatus } from '@/db/queries/suggestion-moderation';
import { getSettings } from '@/db/queries/settings';
import { requirePageRole } from '@/server/dal';
import { pick } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { AdminNav, type NavItem } from './admin-nav';
import { SignOutButton } from './sign-out-button';
import '@/components/forms.css';

// Staff pages render per request, with a CSP nonce from proxy.ts; never cached.
export const dynamic = 'force-dynamic';
import './admin.css';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The admin shell. Each page still checks its own role: a layout is not re-run on every navigation. */
export default async function AdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale, t } = await localeFrom(params);
  const user = await requirePageRole(locale, `/${locale}/admin`, 'owner', 'moderator');
  const base = `/${locale}/admin`;
  const pending = countPending();
  const suggested = countSuggestionsByStatus().pending;
  const badge = (count: number) =>
    count ? { count, label: t('admin.nav.pending', { count }) } : undefined;
  const items: NavItem[] = [
    { href: base, label: t('admin.nav.overview'), exact: true },
    { href: `${base}/posts`, label: t('admin.nav.posts') },
    {
      href: `${base}/comments`,
      label: t('admin.nav.comments'),
      badge: badge(pending),
    },
    // Readers' translation suggestions wait in their own queue, for moderators too.
    { href: `${base}/suggestions`, label: t('admin.nav.suggestions'), badge: badge(suggested) },
    ...(user.role === 'owner'
      ? [
          { href: `${base}/categories`, label: t('admin.nav.categories') },
          { href: `${base}/tags`, label: t('taxonomy.tagsTitle') },
          { href: `${base}/redirects`, label: t('admin.nav.redirects') },
          { href: `${base}/settings`, label: t('admin.nav.settings') },
          { href: `${base}/users`, label: t('admin.nav.users') },
        ]
      : []),
    // Moderators see their own moderation there (the page decides what each role sees).
    { href: `${base}/audit`, label: t('audit.title') },
  ];
  return (
    <div className="admin">
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <header className="admin-header">
        <Link href={base} className="admin-brand">
          {pick(getSettings().titles, locale)}
        </Link>
        <AdminNav items={items} label={t('admin.nav.label')} />
        <div className="admin-account">
          <span>
            {t('admin.nav.signedInAs', { name: user.name, role: t(`admin.roles.${user.role}`) })}
          </span>
          <Link href={`/${locale}`}>{t('admin.nav.viewSite')}</Link>
          <Suspense>
            <LocaleSwitcher locale={locale} label={t('site.languageSwitcher')} />
          </Suspense>
          <SignOutButton locale={locale} label={t('auth.signOut')} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </div>
  );
}
