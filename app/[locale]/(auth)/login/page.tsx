import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ClientMessages } from '@/components/client-messages';
import { getSettings } from '@/db/queries/settings';
import { getCurrentUser } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { LoginForm } from './login-form';
import { safeNext } from './safe-next';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('auth.loginTitle'), robots: { index: false } };
}

// Every message the sign-in form can show.
const SIGN_IN_ERRORS = [
  'invalidCredentials',
  'signInRateLimited',
  'invalidEmail',
  'passwordRequired',
  'passwordTooLong',
] as const;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const query = await searchParams;
  const next = safeNext(first(query.next), locale);
  if (await getCurrentUser()) redirect(next);
  // Auth.js's own endpoint (/api/auth/callback/credentials) comes back here with ?error=…&code=….
  const initialError = query.error
    ? first(query.code) === 'rate_limited'
      ? 'rateLimited'
      : 'invalidCredentials'
    : undefined;
  return (
    <section className="auth-card" aria-labelledby="login-title">
      <h1 id="login-title">{t('auth.loginTitle')}</h1>
      <p className="muted">{t('auth.loginIntro')}</p>
      <ClientMessages
        locale={locale}
        namespaces={['auth']}
        errors={SIGN_IN_ERRORS}
        timeZone={getSettings().timeZone}
      >
        <LoginForm locale={locale} next={next} initialError={initialError} />
      </ClientMessages>
      <p>
        <Link href={`/${locale}`}>{t('boundary.toSite')}</Link>
      </p>
    </section>
  );
}
