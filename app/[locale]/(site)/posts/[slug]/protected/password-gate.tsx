import type { PostAccess } from '@/db/queries/post-access';
import { getSettings } from '@/db/queries/settings';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { ClientMessages } from '@/components/client-messages';
import { Phrases } from '@/components/phrases';
import { PasswordForm } from './password-form';

type Props = { access: PostAccess; locale: Locale; t: Translate };

/**
 * A locked password post: its title and the password form, nothing of the body or comments. The
 * same for every reader, so the post's cached page may show it too.
 */
export function PasswordGate({ access, locale, t }: Props) {
  const [lang, title] = access.titles[locale]
    ? [locale, access.titles[locale]]
    : (Object.entries(access.titles)[0] ?? [undefined, access.slug]);
  return (
    <article className="reading protected-post">
      <h1 lang={lang}>
        <Phrases text={title} lang={lang} />
      </h1>
      <p className="protected-badge">{t('protectedPost.badge')}</p>
      <ClientMessages
        locale={locale}
        namespaces={['protectedPost']}
        errors={[
          'passwordRequired',
          'passwordTooLong',
          'wrongPostPassword',
          'signInRateLimited',
          'unknown',
        ]}
        timeZone={getSettings().timeZone}
      >
        <PasswordForm slug={access.slug} locale={locale} />
      </ClientMessages>
    </article>
  );
}
